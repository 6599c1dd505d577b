using System.Text.Json;
using AngleSharp.Html.Parser;

namespace AidAnalysis.Loading;

/// <summary>
/// The author and publication date a page states in its schema.org JSON-LD ("author": {"name": ...}, "datePublished"), read
/// when the readability step gives none: it reads JSON-LD only with a schema.org "@context" and never its date, while most
/// news pages carry both there and nowhere else. The first object holding either decides; "@graph" and arrays are searched.
/// </summary>
internal static class JsonLdMetadata
{
    /// <summary>How deep the search goes into nested objects and arrays.</summary>
    private const int MaxDepth = 8;

    public static (string? Author, DateOnly? Published) Read(string html)
    {
        if (html.IndexOf("application/ld+json", StringComparison.OrdinalIgnoreCase) < 0) return default;
        using var document = new HtmlParser().ParseDocument(html);
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 64 });
                if (Find(json.RootElement, 0) is { } found) return found;
            }
            catch (JsonException)
            {
                // A malformed block states nothing; the next may.
            }
        }
        return default;
    }

    private static (string? Author, DateOnly? Published)? Find(JsonElement element, int depth)
    {
        if (depth > MaxDepth) return null;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                if (Find(item, depth + 1) is { } found) return found;
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object) return null;
        var author = element.TryGetProperty("author", out var a) ? Names(a) : null;
        var published = element.TryGetProperty("datePublished", out var d) && d.ValueKind == JsonValueKind.String ? DateParsing.Parse(d.GetString()) : null;
        if (author is not null || published is not null) return (author, published);
        return element.TryGetProperty("@graph", out var graph) ? Find(graph, depth + 1) : null;
    }

    /// <summary>"Jane Doe", {"name": "Jane Doe"} or a list of them, joined with commas.</summary>
    private static string? Names(JsonElement author)
    {
        var names = (author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToArray() : [author])
            .Select(a => a.ValueKind switch
            {
                JsonValueKind.String => a.GetString(),
                JsonValueKind.Object when a.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                _ => null,
            })
            .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).ToArray();
        return names.Length > 0 ? string.Join(", ", names) : null;
    }
}
