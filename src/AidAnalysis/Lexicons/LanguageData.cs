namespace AidAnalysis.Lexicons;

/// <summary>
/// Where the language data files (gazetteers, word lists, rates) are read from: a folder or a caller's
/// opener whose files override the embedded defaults one by one, so a user extends a list without
/// rebuilding. A file the override does not supply is read from the embedded default.
/// </summary>
public sealed class LanguageData
{
    private const string EmbeddedPrefix = "AidAnalysis.Resources.";

    private readonly Func<string, Stream?> _override;

    private LanguageData(Func<string, Stream?> overrideOpener, string origin)
    {
        _override = overrideOpener;
        Origin = origin;
    }

    /// <summary>The data files built into the library.</summary>
    public static LanguageData Embedded { get; } = new(_ => null, "embedded");

    /// <summary>Where the overrides come from, for messages.</summary>
    public string Origin { get; }

    /// <summary>The names of the embedded data files, which an override may replace (the brief's templates are not language data).</summary>
    public static IReadOnlyList<string> FileNames { get; } = typeof(LanguageData).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
        .Select(n => n[EmbeddedPrefix.Length..])
        .Where(n => !n.StartsWith("brief.", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Overrides from the files of <paramref name="folder"/> named like the embedded ones ("hedges.txt"); each
    /// replaces its embedded list whole, so to extend a list copy the embedded file and add lines. Hidden files are ignored.</summary>
    /// <exception cref="InvalidDataException">The folder is missing or holds a file that is no known data file.</exception>
    public static LanguageData FromFolder(string folder)
    {
        if (!Directory.Exists(folder)) throw new InvalidDataException($"language data: folder not found: {folder}");
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.')) continue;
            if (!FileNames.Contains(name, StringComparer.Ordinal))
                throw new InvalidDataException($"language data: {path} is not a known data file (known: {string.Join(", ", FileNames)})");
        }
        return new(name => File.Exists(Path.Combine(folder, name)) ? File.OpenRead(Path.Combine(folder, name)) : null, folder);
    }

    /// <summary>Overrides from <paramref name="open"/>, which returns a file's stream, or null to keep the embedded one.</summary>
    public static LanguageData FromStreams(Func<string, Stream?> open, string origin) => new(open, origin);

    /// <summary>The file's override if there is one, else the embedded default.</summary>
    public Stream Open(string fileName) =>
        _override(fileName)
        ?? typeof(LanguageData).Assembly.GetManifestResourceStream(EmbeddedPrefix + fileName)
        ?? throw new InvalidOperationException($"Embedded resource {fileName} is missing.");

    /// <summary>The rows of a data file: '#' starts a comment line, fields are tab-separated and trimmed.</summary>
    public IReadOnlyList<string[]> ReadRows(string fileName)
    {
        using var reader = new StreamReader(Open(fileName));
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            rows.Add(line.Split('\t').Select(f => f.Trim()).ToArray());
        }
        return rows;
    }

    /// <summary>The first field of every row of a one-column list.</summary>
    public IReadOnlyList<string> ReadLines(string fileName) =>
        ReadRows(fileName).Select(r => r[0]).Where(s => s.Length > 0).ToArray();
}
