using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AidAnalysis.Model;
using AidAnalysis.Tables;
using AidAnalysis.Tables.Rows;

namespace AidAnalysis.Output;

/// <summary>The analysis JSON of SCHEMA.md: the article, then an array per row kind of <see cref="ResultRows.InJson"/>, each
/// row an object of its declared columns in order (lists as arrays, spans as start/end objects).</summary>
public static class AnalysisJson
{
    private const int FlushBytes = 1 << 16;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(ArticleAnalysis analysis) => Write(writer => WriteAnalysis(writer, analysis));

    public static string Serialize(IReadOnlyList<ArticleAnalysis> analyses) => analyses.Count == 1
        ? Serialize(analyses[0])
        : Write(writer =>
        {
            writer.WriteStartArray();
            foreach (var analysis in analyses) WriteAnalysis(writer, analysis);
            writer.WriteEndArray();
        });

    /// <summary>Writes the analysis JSON as UTF-8 straight to <paramref name="stream"/>: the same bytes as <see cref="Serialize(ArticleAnalysis)"/>
    /// without holding the document in memory twice (a 10 MB article makes some 25 MB of JSON).</summary>
    public static void Write(Stream stream, ArticleAnalysis analysis)
    {
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        WriteAnalysis(writer, analysis);
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) write(writer);
        return Encoding.UTF8.GetString(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private static void WriteAnalysis(Utf8JsonWriter writer, ArticleAnalysis analysis)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("article");
        WriteArticle(writer, analysis.Article);
        foreach (var schema in ResultRows.InJson)
        {
            writer.WriteStartArray(schema.Name);
            // Each column's name escaped once, not once per row (a long article has hundreds of thousands of rows).
            var names = new JsonEncodedText[schema.Columns.Count];
            for (var i = 0; i < names.Length; i++) names[i] = JsonEncodedText.Encode(schema.Columns[i].Name, WriterOptions.Encoder);
            foreach (var cells in schema.Rows(analysis))
            {
                writer.WriteStartObject();
                for (var i = 0; i < cells.Length; i++)
                {
                    writer.WritePropertyName(names[i]);
                    WriteValue(writer, cells[i]);
                }
                writer.WriteEndObject();
                // The writer keeps what it writes until flushed: hand it on in pieces rather than all at the end.
                if (writer.BytesPending > FlushBytes) writer.Flush();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter writer, Article article)
    {
        var m = article.Metadata;
        writer.WriteStartObject();
        writer.WriteString("id", article.Id);
        writer.WriteString("title", m.Title);
        writer.WriteString("source", m.Source);
        writer.WriteString("author", m.Author);
        writer.WriteString("published", m.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("url", m.Url);
        writer.WriteString("language", "en");
        writer.WriteNumber("chars", article.Text.Length);
        writer.WriteString("origin", article.Origin);
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case int n: writer.WriteNumberValue(n); break;
            case bool b: writer.WriteBooleanValue(b); break;
            // JSON has no NaN or infinity: they are written as the strings "NaN", "Infinity", "-Infinity".
            case double d when !double.IsFinite(d): writer.WriteStringValue(d.ToString(CultureInfo.InvariantCulture)); break;
            case double d: writer.WriteNumberValue(d); break;
            case IReadOnlyList<string> ids:
                writer.WriteStartArray();
                foreach (var id in ids) writer.WriteStringValue(id);
                writer.WriteEndArray();
                break;
            case IReadOnlyList<Span> spans:
                writer.WriteStartArray();
                foreach (var span in spans)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("start", span.Start);
                    writer.WriteNumber("end", span.End);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                break;
            default: throw new ArgumentException($"no JSON form for a {value.GetType().Name} column value", nameof(value));
        }
    }
}
