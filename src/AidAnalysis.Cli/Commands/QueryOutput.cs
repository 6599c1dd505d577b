using System.Globalization;
using System.Text.Json;
using AidAnalysis.Tables;
using Microsoft.Data.Analysis;
using Spectre.Console;

namespace AidAnalysis.Cli.Commands;

/// <summary>A query's rows on standard output: a table for people, CSV or JSON (an array of row objects) for scripts.</summary>
public static class QueryOutput
{
    public static void Write(DataFrame frame, string format)
    {
        switch (format)
        {
            case "csv":
                Console.Out.Write(CsvWriter.ToCsv(frame));
                break;
            case "json":
                Console.Out.WriteLine(ToJson(frame));
                break;
            default:
                var table = new Table();
                foreach (var column in frame.Columns) table.AddColumn(Markup.Escape(column.Name));
                for (long row = 0; row < frame.Rows.Count; row++)
                    table.AddRow(frame.Columns.Select(c => Markup.Escape(Convert.ToString(c[row], CultureInfo.InvariantCulture) ?? "")).ToArray());
                AnsiConsole.Write(table);
                break;
        }
    }

    private static string ToJson(DataFrame frame)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            for (long row = 0; row < frame.Rows.Count; row++)
            {
                json.WriteStartObject();
                foreach (var column in frame.Columns)
                {
                    json.WritePropertyName(column.Name);
                    switch (column[row])
                    {
                        case null: json.WriteNullValue(); break;
                        case double d when double.IsFinite(d): json.WriteNumberValue(d); break;
                        case long l: json.WriteNumberValue(l); break;
                        case int i: json.WriteNumberValue(i); break;
                        case bool b: json.WriteBooleanValue(b); break;
                        case DateTime t: json.WriteStringValue(t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("o", CultureInfo.InvariantCulture)); break;
                        case var other: json.WriteStringValue(Convert.ToString(other, CultureInfo.InvariantCulture)); break;
                    }
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
