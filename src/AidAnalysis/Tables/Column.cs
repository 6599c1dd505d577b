using AidAnalysis.Model;

namespace AidAnalysis.Tables;

/// <summary>One column of a result row, declared once: its name (the same in the JSON, DataFrames, CSV and the corpus),
/// its kind and whether it may be empty.</summary>
public abstract record Column(string Name, ColumnKind Kind, bool Nullable)
{
    /// <summary>The value as flat tables hold it: lists become space-separated text.</summary>
    public object? TableValue(object? value) => value switch
    {
        IReadOnlyList<string> ids => string.Join(' ', ids),
        IReadOnlyList<Span> spans => string.Join(' ', spans.Select(s => $"{s.Start}-{s.End}")),
        _ => value,
    };
}

/// <summary>A column and how to read its value from a <typeparamref name="TRow"/>: a string, int?, double?, bool, a list of ids
/// or a list of spans, as <see cref="Column.Kind"/> says (the factories of <see cref="Columns{TRow}"/> keep the two in step).</summary>
public sealed record Column<TRow>(string Name, ColumnKind Kind, bool Nullable, Func<TRow, object?> Read) : Column(Name, Kind, Nullable);

/// <summary>Typed constructors of columns, so a getter's type always matches its kind.</summary>
public static class Columns<TRow>
{
    public static Column<TRow> Text(string name, Func<TRow, string> get) => new(name, ColumnKind.Text, false, r => get(r));

    public static Column<TRow> OptionalText(string name, Func<TRow, string?> get) => new(name, ColumnKind.Text, true, r => get(r));

    public static Column<TRow> Integer(string name, Func<TRow, int> get) => new(name, ColumnKind.Integer, false, r => get(r));

    public static Column<TRow> OptionalInteger(string name, Func<TRow, int?> get) => new(name, ColumnKind.Integer, true, r => get(r));

    public static Column<TRow> OptionalNumber(string name, Func<TRow, double?> get) => new(name, ColumnKind.Number, true, r => get(r));

    public static Column<TRow> Boolean(string name, Func<TRow, bool> get) => new(name, ColumnKind.Boolean, false, r => get(r));

    public static Column<TRow> Ids(string name, Func<TRow, IReadOnlyList<string>> get) => new(name, ColumnKind.IdList, false, r => get(r));

    public static Column<TRow> Spans(string name, Func<TRow, IReadOnlyList<Span>> get) => new(name, ColumnKind.SpanList, false, r => get(r));
}
