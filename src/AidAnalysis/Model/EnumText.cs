namespace AidAnalysis.Model;

/// <summary>Enum values as the JSON, tables and briefs write them: lower case ("humanitarian", "pledged").</summary>
public static class EnumText
{
    public static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
