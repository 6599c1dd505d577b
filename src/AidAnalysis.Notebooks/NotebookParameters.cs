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
        @"^[ \t]*(?<type>var|string|int|long|double|decimal|bool|float)[ \t]+(?<name>[A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*(?<value>[^;\n]+);",
        RegexOptions.Multiline | RegexOptions.NonBacktracking);

    /// <summary>A declared parameter: its C# type keyword as written and its default value's source text.</summary>
    public sealed record Parameter(string Type, string Default);

    public static IReadOnlyDictionary<string, Parameter> Declared(string source) =>
        Declaration.Matches(source).GroupBy(m => m.Groups["name"].Value)
            .ToDictionary(g => g.Key, g => new Parameter(g.Last().Groups["type"].Value, g.Last().Groups["value"].Value.Trim()));

    /// <summary>
    /// Injects the values. A string parameter whose default is a path (it has a '/' or '\') takes a relative
    /// value as relative to <paramref name="callerDirectory"/>, where the user typed it, not to the notebook.
    /// </summary>
    public static void Inject(List<NotebookCell> cells, IReadOnlyDictionary<string, string> values, string callerDirectory)
    {
        if (values.Count == 0) return;
        var index = cells.FindIndex(c => c.IsCode && c.Tags.Contains(NotebookDocument.ParametersTag));
        if (index < 0) throw new NotebookException("the notebook has no cell tagged 'parameters', so -p cannot be used");
        var declared = Declared(cells[index].Source);
        var lines = new List<string> { "// Injected parameters" };
        foreach (var (name, value) in values)
        {
            if (!declared.TryGetValue(name, out var parameter))
                throw new NotebookException($"unknown parameter '{name}' (the parameters cell declares: {string.Join(", ", declared.Keys)})");
            lines.Add($"var {name} = {Literal(value, parameter, name, callerDirectory)};");
        }
        cells.Insert(index + 1, new NotebookCell($"injected-{Guid.NewGuid():N}"[..20], "code", cells[index].Kernel, string.Join("\n", lines), [NotebookDocument.InjectedTag]));
    }

    /// <summary>The value as a C# literal of the parameter's type: strings escaped by Roslyn, numbers finite and in range.</summary>
    private static string Literal(string value, Parameter parameter, string name, string callerDirectory)
    {
        var kind = parameter.Type == "var" ? KindOfDefault(parameter.Default) : parameter.Type;
        var invariant = CultureInfo.InvariantCulture;
        switch (kind)
        {
            case "bool":
                return bool.TryParse(value, out var b) ? (b ? "true" : "false") : throw Wants(name, "true or false", value);
            case "int":
                return int.TryParse(value, NumberStyles.AllowLeadingSign, invariant, out var i) ? i.ToString(invariant) : throw Wants(name, "a whole number (int)", value);
            case "long":
                return long.TryParse(value, NumberStyles.AllowLeadingSign, invariant, out var l) ? l.ToString(invariant) + "L" : throw Wants(name, "a whole number (long)", value);
            case "double" or "float" or "decimal":
                if (!double.TryParse(value, NumberStyles.Float, invariant, out var d) || !double.IsFinite(d)
                    || (kind == "float" && !float.IsFinite((float)d)) || (kind == "decimal" && Math.Abs(d) >= (double)decimal.MaxValue))
                    throw Wants(name, $"a finite number ({kind})", value);
                return d.ToString("R", invariant) + kind switch { "float" => "f", "decimal" => "m", _ => "d" };
            default:
                var isPath = parameter.Default.Contains('/') || parameter.Default.Contains('\\');
                return SymbolDisplay.FormatLiteral(isPath && value.Length > 0 ? Path.GetFullPath(value, callerDirectory) : value, quote: true);
        }
    }

    /// <summary>The type C# infers for a `var` default: a quoted string, true/false, or a numeric literal.</summary>
    private static string KindOfDefault(string literal)
    {
        if (literal is "true" or "false") return "bool";
        if (literal.Length == 0 || !(char.IsDigit(literal[0]) || literal[0] is '-' or '.')) return "string";
        var suffix = char.ToLowerInvariant(literal[^1]);
        return suffix switch
        {
            'f' => "float",
            'm' => "decimal",
            'd' => "double",
            'l' => "long",
            _ => literal.Contains('.') || literal.Contains('e', StringComparison.OrdinalIgnoreCase) ? "double" : "int",
        };
    }

    private static NotebookException Wants(string name, string what, string value) => new($"parameter '{name}' wants {what}, not '{value}'");
}
