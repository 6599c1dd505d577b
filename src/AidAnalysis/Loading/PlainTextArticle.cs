using AidAnalysis.Model;

namespace AidAnalysis.Loading;

/// <summary>Plain text: the first line is the headline when a blank line follows it. The text is kept exactly.</summary>
internal static class PlainTextArticle
{
    public static (string Text, ArticleMetadata Metadata) Parse(string raw)
    {
        var lines = raw.Split('\n', 3);
        var title = lines.Length >= 2 && lines[1].Trim().Length == 0 && lines[0].Trim().Length is > 0 and < 300
            ? lines[0].Trim()
            : null;
        return (raw, new ArticleMetadata(Title: title));
    }
}
