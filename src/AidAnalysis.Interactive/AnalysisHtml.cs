using System.Globalization;
using System.Net;
using System.Text;
using AidAnalysis.Model;
using Microsoft.Data.Analysis;
using static AidAnalysis.Model.EnumText;

namespace AidAnalysis.Interactive;

/// <summary>
/// HTML views for notebooks: the article text with actors, claims, amounts and aid items highlighted
/// (hovering shows the row each came from), and DataFrames as compact tables. All text is encoded.
/// </summary>
public static class AnalysisHtml
{
    private const string Style = """
        <style>
        .aid-article { font: 14px/1.6 sans-serif; white-space: pre-wrap; max-width: 60em; }
        .aid-article .claim { background: #fff3bf; }
        .aid-article .actor { border-bottom: 2px solid #4c6ef5; }
        .aid-article .money { background: #b2f2bb; font-weight: bold; }
        .aid-article .item { border-bottom: 2px dotted #e8590c; }
        .aid-legend span { margin-right: 1em; padding: 0 .3em; }
        .aid-table { border-collapse: collapse; font: 12px sans-serif; }
        .aid-table th, .aid-table td { border: 1px solid #ddd; padding: 2px 6px; text-align: left; vertical-align: top; }
        .aid-table th { background: #f1f3f5; }
        </style>
        """;

    public static string Article(ArticleAnalysis analysis)
    {
        var text = analysis.Article.Text;
        var layers = new List<(Span Span, string Class, string Title)>();
        layers.AddRange(analysis.Funding.SelectMany(f => f.Mentions.Select(m => (m, "money",
            $"{f.Id}: {f.AmountText} = {f.Currency} {f.Value?.ToString("N0", CultureInfo.InvariantCulture) ?? "?"} · donor {f.Donor ?? "?"} · recipient {f.Recipient ?? f.Channel ?? "?"} · {Lower(f.AidType)} · {Lower(f.Status)} · year {f.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"}"))));
        layers.AddRange(analysis.Actors.SelectMany(a => a.Mentions.Select(m => (m, "actor",
            $"{a.Id}: {a.Name} ({Lower(a.Kind)}{(a.Role is null ? "" : ", " + a.Role)}{(a.Affiliation is null ? "" : ", " + a.Affiliation)})"))));
        layers.AddRange(analysis.AidItems.Select(i => (i.Span, "item", $"{i.Id}: {i.Item} · {Lower(i.Category)} · {(i.Lethal ? "lethal" : "non-lethal")} · {Lower(i.Status)}")));
        var inner = NonOverlapping(layers);
        var claims = NonOverlapping(analysis.Claims.Select(c => (c.Span, "claim", $"{c.Id}: {c.Speaker} · {Lower(c.Kind)} · cue “{c.Cue}”{(c.Hedged ? " · hedged" : "")}")));

        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var (span, _, _) in inner.Concat(claims)) { cuts.Add(span.Start); cuts.Add(span.End); }
        var html = new StringBuilder(Style).Append("<div class=\"aid-legend\"><span class=\"claim\" style=\"background:#fff3bf\">claim</span><span style=\"border-bottom:2px solid #4c6ef5\">actor</span><span style=\"background:#b2f2bb\">amount</span><span style=\"border-bottom:2px dotted #e8590c\">aid item</span></div><div class=\"aid-article\">");
        var bounds = cuts.ToArray();
        for (var i = 0; i + 1 < bounds.Length; i++)
        {
            var segment = new Span(bounds[i], bounds[i + 1]);
            if (segment.Length == 0) continue;
            var covering = inner.Concat(claims).Where(l => l.Span.Contains(segment)).ToList();
            var content = WebUtility.HtmlEncode(text[segment.Start..segment.End]);
            if (covering.Count == 0)
            {
                html.Append(content);
                continue;
            }
            html.Append("<span class=\"").Append(string.Join(' ', covering.Select(c => c.Class))).Append("\" title=\"")
                .Append(WebUtility.HtmlEncode(string.Join("\n", covering.Select(c => c.Title)))).Append("\">").Append(content).Append("</span>");
        }
        return html.Append("</div>").ToString();
    }

    public static string Table(DataFrame frame, int maxRows = 100)
    {
        var html = new StringBuilder(Style).Append("<table class=\"aid-table\"><thead><tr>");
        foreach (var column in frame.Columns) html.Append("<th>").Append(WebUtility.HtmlEncode(column.Name)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        var rows = Math.Min(frame.Rows.Count, maxRows);
        for (long r = 0; r < rows; r++)
        {
            html.Append("<tr>");
            foreach (var column in frame.Columns)
                html.Append("<td>").Append(WebUtility.HtmlEncode(Convert.ToString(column[r], CultureInfo.InvariantCulture) ?? "")).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        if (frame.Rows.Count > maxRows) html.Append($"<p>{frame.Rows.Count - maxRows:N0} more rows</p>");
        else html.Append($"<p>{frame.Rows.Count:N0} rows × {frame.Columns.Count} columns</p>");
        return html.ToString();
    }

    private static List<(Span Span, string Class, string Title)> NonOverlapping(IEnumerable<(Span Span, string Class, string Title)> layers)
    {
        var kept = new List<(Span Span, string Class, string Title)>();
        foreach (var layer in layers.OrderBy(l => l.Span.Start).ThenByDescending(l => l.Span.Length))
            if (layer.Span.Length > 0 && !kept.Any(k => k.Span.Overlaps(layer.Span))) kept.Add(layer);
        return kept;
    }
}
