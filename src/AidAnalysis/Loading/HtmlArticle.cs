using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AngleSharp.Html.Parser;
using SmartReader;

namespace AidAnalysis.Loading;

/// <summary>HTML: the main text, title, author, date and site name through SmartReader (no network access), without the boxes
/// beside the story (<see cref="PageBoxes"/>); the author and date from the page's JSON-LD when SmartReader finds none.</summary>
internal static class HtmlArticle
{
    /// <summary>Deeper pages are refused: real articles nest a few dozen elements, and the readability step's work
    /// grows with the square of the depth.</summary>
    public const int MaxDepth = 256;

    private static readonly Regex Tag = new("<[^>]{0,2000}>", RegexOptions.NonBacktracking);
    private static readonly Regex Spaces = new(@"[ \t\u00A0]+", RegexOptions.NonBacktracking);
    private static readonly Regex BlankLines = new(@"\n\s*\n(?:\s*\n)*", RegexOptions.NonBacktracking);
    // Items, cells and headings the readability text would glue to their neighbours ("$10 millionJapan").
    private static readonly Regex SeparateBlock = new(@"<(?:li|dt|dd|tr|td|th|caption|figcaption|h[1-6]|br)\b",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase);
    // What a page carries besides its story; dropped before every tag is stripped when readability finds no article.
    private const string PageFurniture = "script, style, noscript, template, title, nav, header, footer, aside";

    public static (string Text, ArticleMetadata Metadata) Parse(string html, string origin)
    {
        if (HtmlDepth.Exceeds(html, MaxDepth))
            throw new ArticleLoadException($"{origin}: HTML nested more than {MaxDepth} elements deep, refused");
        var uri = Uri.TryCreate(origin, UriKind.Absolute, out var u) && u.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? u.ToString() : "https://localhost/article";
        var separated = SeparateBlock.Replace(html, m => "\n" + m.Value);
        // The (url, html) constructor parses the given markup; the static helpers would download the page.
        var reader = new Reader(uri, separated) { CharThreshold = 100 };
        reader.AddCustomOperationStart(PageBoxes.Remove);
        var article = reader.GetArticle();
        // A story shorter than readability's "readable" length still gets its article element picked out, without the
        // navigation, related links and footer that stripping every tag would keep.
        var extracted = article.IsReadable || !string.IsNullOrWhiteSpace(article.TextContent);
        // Readability picks something out of any page, its menu included; a short pick is kept only when the page has
        // text outside its furniture at all.
        var plain = article.IsReadable ? "" : StripTags(WithoutFurniture(separated));
        if (!article.IsReadable && string.IsNullOrWhiteSpace(plain))
            throw new ArticleLoadException($"{origin}: the page has no article text (only navigation, scripts or a title)");
        var body = extracted ? article.TextContent : plain;
        body = BlankLines.Replace(Spaces.Replace(body.Replace("\r", ""), " "), "\n\n");
        body = string.Join('\n', body.Split('\n').Select(l => l.Trim())).Trim();
        var title = HeadingOf(extracted ? article.Content : "") ?? HeadingOfPage(html)
            ?? (string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim());
        if (body.Length == 0 || body == title)
            throw new ArticleLoadException($"{origin}: the page has no article text (only navigation, scripts or a title)");
        body = WithByline(body, article.Byline);
        var text = title is null || body.StartsWith(title, StringComparison.Ordinal) ? body : title + "\n\n" + body;
        var stated = string.IsNullOrWhiteSpace(article.Author) || article.PublicationDate is null ? JsonLdMetadata.Read(html) : default;
        var metadata = new ArticleMetadata(title,
            string.IsNullOrWhiteSpace(article.SiteName) ? null : article.SiteName,
            string.IsNullOrWhiteSpace(article.Author) ? stated.Author : article.Author,
            article.PublicationDate is { } d ? DateOnly.FromDateTime(d) : stated.Published,
            uri == "https://localhost/article" ? null : uri);
        return (text, metadata);
    }

    /// <summary>The printed byline readability lifts out of the story ("By Jane Doe in Kyiv") set back as the body's first line,
    /// where the text's own byline reader finds it; a byline it took from the page's metadata alone is no printed line.</summary>
    private static string WithByline(string body, string? byline)
    {
        var line = byline is null ? "" : Spaces.Replace(byline.ReplaceLineEndings(" "), " ").Trim();
        return line.StartsWith("By ", StringComparison.Ordinal) && !body.Contains(line, StringComparison.Ordinal) ? line + "\n\n" + body : body;
    }

    /// <summary>The page's body without scripts, styles, navigation, header, footer and asides.</summary>
    private static string WithoutFurniture(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(PageFurniture).ToArray()) element.Remove();
        if (document.Body is { } page) PageBoxes.Remove(page);
        return document.Body?.InnerHtml ?? "";
    }

    /// <summary>The page's only &lt;h1&gt;; with several, one may be the site's logo.</summary>
    private static string? HeadingOfPage(string html)
    {
        var first = html.IndexOf("<h1", StringComparison.OrdinalIgnoreCase);
        return first >= 0 && html.IndexOf("<h1", first + 3, StringComparison.OrdinalIgnoreCase) < 0 ? HeadingOf(html) : null;
    }

    /// <summary>The article's own headline, its first &lt;h1&gt;: the page &lt;title&gt; often carries the site name.</summary>
    private static string? HeadingOf(string html)
    {
        var start = html.IndexOf("<h1", StringComparison.OrdinalIgnoreCase);
        if (start < 0 || start + 3 >= html.Length || char.IsAsciiLetterOrDigit(html[start + 3])) return null;
        var open = html.IndexOf('>', start);
        var close = open < 0 ? -1 : html.IndexOf("</h1", open, StringComparison.OrdinalIgnoreCase);
        if (close < 0 || close - open > 2000) return null;
        var text = Spaces.Replace(StripTags(html[(open + 1)..close]).ReplaceLineEndings(" "), " ").Trim();
        return text.Length == 0 ? null : text;
    }

    private static string StripTags(string html) =>
        System.Net.WebUtility.HtmlDecode(Tag.Replace(html, "\n"));
}
