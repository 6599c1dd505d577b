using System.Reflection;

namespace AidAnalysis.Lexicons;

/// <summary>Reads the embedded data files: '#' starts a comment line, fields are tab-separated.</summary>
internal static class ResourceReader
{
    public static IEnumerable<string[]> ReadRows(string fileName)
    {
        var assembly = typeof(ResourceReader).Assembly;
        using var stream = assembly.GetManifestResourceStream("AidAnalysis.Resources." + fileName)
            ?? throw new InvalidOperationException($"Embedded resource {fileName} is missing.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            rows.Add(line.Split('\t').Select(f => f.Trim()).ToArray());
        }
        return rows;
    }

    public static IReadOnlyList<string> ReadLines(string fileName) =>
        ReadRows(fileName).Select(r => r[0]).Where(s => s.Length > 0).ToArray();

    public static string[] SplitList(string[] row, int index) =>
        index < row.Length
            ? row[index].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    public static Stream OpenStream(string fileName) =>
        typeof(ResourceReader).Assembly.GetManifestResourceStream("AidAnalysis.Resources." + fileName)
        ?? throw new InvalidOperationException($"Embedded resource {fileName} is missing.");
}
