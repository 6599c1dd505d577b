using System.Text.RegularExpressions;
using AidAnalysis.Model;
using SmartReader;

namespace AidAnalysis.Loading;

/// <summary>HTML: the main text, title, author, date and site name through SmartReader (no network access).</summary>
internal static class HtmlArticle
{
    private static readonly Regex Tag = new("<[^>]{0,2000}>", RegexOptions.NonBacktracking);
    private static readonly Regex Spaces = new(@"[ \t\u00A0]+", RegexOptions.NonBacktracking);
    private static readonly Regex BlankLines = new(@"\n\s*\n(?:\s*\n)*", RegexOptions.NonBacktracking);

    public static (string Text, ArticleMetadata Metadata) Parse(string html, string origin)
    {
        var uri = Uri.TryCreate(origin, UriKind.Absolute, out var u) && u.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? u.ToString() : "https://localhost/article";
        // The (url, html) constructor parses the given markup; the static helpers would download the page.
        var reader = new Reader(uri, html) { CharThreshold = 100 };
        var article = reader.GetArticle();
        var body = article.IsReadable ? article.TextContent : StripTags(html);
        body = BlankLines.Replace(Spaces.Replace(body.Replace("\r", ""), " "), "\n\n");
        body = string.Join('\n', body.Split('\n').Select(l => l.Trim())).Trim();
        var title = string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim();
        var text = title is null || body.StartsWith(title, StringComparison.Ordinal) ? body : title + "\n\n" + body;
        var metadata = new ArticleMetadata(title,
            string.IsNullOrWhiteSpace(article.SiteName) ? null : article.SiteName,
            string.IsNullOrWhiteSpace(article.Author) ? null : article.Author,
            article.PublicationDate is { } d ? DateOnly.FromDateTime(d) : null,
            uri == "https://localhost/article" ? null : uri);
        return (text, metadata);
    }

    private static string StripTags(string html) =>
        System.Net.WebUtility.HtmlDecode(Tag.Replace(html, "\n"));
}
