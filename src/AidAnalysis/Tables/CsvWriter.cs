using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace AidAnalysis.Tables;

/// <summary>RFC 4180 CSV of a DataFrame: quoted where needed, empty cells for nulls, invariant numbers.</summary>
public static class CsvWriter
{
    public static string ToCsv(DataFrame frame)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', frame.Columns.Select(c => Escape(c.Name))).Append('\n');
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            for (var col = 0; col < frame.Columns.Count; col++)
            {
                if (col > 0) sb.Append(',');
                sb.Append(Escape(Format(frame.Columns[col][row])));
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Escape(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
