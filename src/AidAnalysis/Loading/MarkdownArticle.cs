using System.Text.RegularExpressions;
using AidAnalysis.Model;

namespace AidAnalysis.Loading;

/// <summary>
/// Markdown: optional YAML-style front matter (title, source, author, published, url); the body
/// loses its markup (headings, emphasis, links become their text; section headings and block quotes as
/// <see cref="MarkdownBlocks"/> says) so offsets index readable text.
/// </summary>
internal static class MarkdownArticle
{
    private static readonly Regex FrontMatter = new(@"\A---\r?\n(?<body>(?:.*\r?\n){0,200}?)---\r?\n", RegexOptions.NonBacktracking);
    private static readonly Regex Link = new(@"!?\[(?<text>[^\]\n]{0,500})\]\([^)\n]{0,2000}\)", RegexOptions.NonBacktracking);
    private static readonly Regex FirstHeading = new(@"^#[ \t]+(?<title>[^\n]{1,300})", RegexOptions.Multiline | RegexOptions.NonBacktracking);
    private static readonly Regex Heading = new(@"^#{1,6}[ \t]+", RegexOptions.NonBacktracking | RegexOptions.Multiline);
    private static readonly Regex Emphasis = new(@"(\*\*|__|\*|_)(?<text>[^*_\n]{1,500})(\*\*|__|\*|_)", RegexOptions.NonBacktracking);

    /// <summary>True when the text opens with a front matter block, as a Markdown article piped in may.</summary>
    public static bool HasFrontMatter(string raw) => FrontMatter.IsMatch(raw);

    public static (string Text, ArticleMetadata Metadata) Parse(string raw)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var body = raw;
        var front = FrontMatter.Match(raw);
        if (front.Success)
        {
            foreach (var line in front.Groups["body"].Value.Split('\n'))
            {
                var colon = line.IndexOf(':');
                if (colon > 0) fields[line[..colon].Trim()] = line[(colon + 1)..].Trim().Trim('"', '\'');
            }
            body = raw[front.Length..];
        }
        var firstHeading = FirstHeading.Match(body);
        var text = Heading.Replace(MarkdownBlocks.Rewrite(body), "");
        text = Link.Replace(text, m => m.Groups["text"].Value);
        text = Emphasis.Replace(text, m => m.Groups["text"].Value);
        var title = fields.GetValueOrDefault("title") ?? (firstHeading.Success ? firstHeading.Groups["title"].Value.Trim() : null);
        return (text.Trim(), new ArticleMetadata(title, fields.GetValueOrDefault("source"), fields.GetValueOrDefault("author"),
            DateParsing.Parse(fields.GetValueOrDefault("published") ?? fields.GetValueOrDefault("date")), fields.GetValueOrDefault("url")));
    }
}
