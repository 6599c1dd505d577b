using AidAnalysis.Model;

namespace AidAnalysis.Loading;

/// <summary>Plain text: the first line is the headline when a blank line follows it, or when it is short and
/// does not end like a sentence. The text is kept exactly.</summary>
internal static class PlainTextArticle
{
    public static (string Text, ArticleMetadata Metadata) Parse(string raw)
    {
        // Only the first two lines matter: cut them out rather than split (and copy) the whole text.
        var firstEnd = raw.IndexOf('\n');
        var hasSecondLine = firstEnd >= 0;
        var first = (hasSecondLine ? raw.AsSpan(0, firstEnd) : raw).Trim();
        var second = hasSecondLine ? raw.AsSpan(firstEnd + 1) : default;
        var secondEnd = second.IndexOf('\n');
        var blankFollows = hasSecondLine && (secondEnd < 0 ? second : second[..secondEnd]).IsWhiteSpace();
        var looksLikeHeadline = first.Length is > 0 and < 160 && !first.EndsWith('.') && !first.EndsWith(',');
        var title = hasSecondLine && first.Length is > 0 and < 300 && (blankFollows || looksLikeHeadline) ? first.ToString() : null;
        return (raw, new ArticleMetadata(Title: title));
    }
}
