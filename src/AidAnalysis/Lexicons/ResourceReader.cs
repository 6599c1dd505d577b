namespace AidAnalysis.Lexicons;

/// <summary>Helpers for the embedded data files; <see cref="LanguageData"/> reads their rows.</summary>
internal static class ResourceReader
{
    public static string[] SplitList(string[] row, int index) =>
        index < row.Length
            ? row[index].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    public static Stream OpenStream(string fileName) => LanguageData.Embedded.Open(fileName);
}
