using AidAnalysis.Model;

namespace AidAnalysis.Loading;

/// <summary>Plain text: the first line is the headline when a blank line follows it, or when it is short and
/// does not end like a sentence. The text is kept exactly.</summary>
internal static class PlainTextArticle
{
    public static (string Text, ArticleMetadata Metadata) Parse(string raw)
    {
        var lines = raw.Split('\n', 3);
        var first = lines[0].Trim();
        var blankFollows = lines.Length >= 2 && lines[1].Trim().Length == 0;
        var looksLikeHeadline = first.Length is > 0 and < 160 && !first.EndsWith('.') && !first.EndsWith(',');
        var title = lines.Length >= 2 && first.Length is > 0 and < 300 && (blankFollows || looksLikeHeadline) ? first : null;
        return (raw, new ArticleMetadata(Title: title));
    }
}
