using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;

namespace AidAnalysis.Notebooks;

/// <summary>
/// Papermill-style parameters: the cell tagged "parameters" declares names with defaults; given
/// values are injected as a new cell tagged "injected-parameters" right after it.
/// </summary>
public static class NotebookParameters
{
    private static readonly Regex Declaration = new(
        @"^[ \t]*(?:var|string|int|long|double|decimal|bool|float)[ \t]+(?<name>[A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*(?<value>[^;\n]+);",
        RegexOptions.Multiline | RegexOptions.NonBacktracking);

    public static IReadOnlyDictionary<string, string> Declared(string source) =>
        Declaration.Matches(source).GroupBy(m => m.Groups["name"].Value).ToDictionary(g => g.Key, g => g.Last().Groups["value"].Value.Trim());

    public static void Inject(List<NotebookCell> cells, IReadOnlyDictionary<string, string> values)
    {
        if (values.Count == 0) return;
        var index = cells.FindIndex(c => c.IsCode && c.Tags.Contains(NotebookDocument.ParametersTag));
        if (index < 0) throw new NotebookException("the notebook has no cell tagged 'parameters', so -p cannot be used");
        var declared = Declared(cells[index].Source);
        var lines = new List<string> { "// Injected parameters" };
        foreach (var (name, value) in values)
        {
            if (!declared.TryGetValue(name, out var defaultValue))
                throw new NotebookException($"unknown parameter '{name}' (the parameters cell declares: {string.Join(", ", declared.Keys)})");
            lines.Add($"var {name} = {Literal(value, defaultValue, name)};");
        }
        cells.Insert(index + 1, new NotebookCell($"injected-{Guid.NewGuid():N}"[..20], "code", cells[index].Kernel, string.Join("\n", lines), [NotebookDocument.InjectedTag]));
    }

    /// <summary>The value as a C# literal of the default's type: strings escaped by Roslyn, numbers and booleans checked.</summary>
    private static string Literal(string value, string defaultValue, string name)
    {
        if (defaultValue is "true" or "false")
            return bool.TryParse(value, out var b) ? (b ? "true" : "false") : throw new NotebookException($"parameter '{name}' wants true or false, not '{value}'");
        if (defaultValue.Length > 0 && (char.IsDigit(defaultValue[0]) || defaultValue[0] == '-'))
            return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? value
                : throw new NotebookException($"parameter '{name}' wants a number, not '{value}'");
        return SymbolDisplay.FormatLiteral(value, quote: true);
    }
}
