using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>Adverbs and auxiliaries between a subject and its cue: "the minister also", "the Secretary has". Read backwards
/// from the end of a phrase, token by token, so each cue costs only the words it drops.</summary>
internal static class TrailingAdverbs
{
    private static readonly WordSet Words = new(
    [
        "also", "later", "earlier", "yesterday", "today", "then", "further", "again", "however", "previously",
        "has", "have", "had", "will", "would", "is", "was",
    ]);

    /// <summary>Where <paramref name="phrase"/> ends without its trailing run of such words, each written alone after exactly
    /// one whitespace character (the whitespace after them goes too); the phrase's own end when it does not end in one. A
    /// word the phrase's start cuts, or the first word of the phrase, is never dropped. <paramref name="phrase"/> ends at a
    /// token boundary or in whitespace.</summary>
    public static int End(TokenLayer tokens, Span phrase)
    {
        var cut = -1;
        var k = tokens.LastEndingBy(phrase.End);
        while (k >= 0 && tokens[k].End > phrase.Start)
        {
            // The word written last: the run of tokens with no whitespace between them.
            var first = k;
            while (first > 0 && tokens[first - 1].End == tokens[first].Start && tokens[first - 1].End > phrase.Start) first--;
            var start = Math.Max(tokens[first].Start, phrase.Start);
            if (start == phrase.Start || first != k || !Words.IsLowerEntryOf(tokens.TextOf(k))) break;
            cut = start - 1;
            // The next word is read only when exactly one whitespace character stands before this one.
            if (first == 0 || tokens[first - 1].End != cut) break;
            k = first - 1;
        }
        return cut < 0 ? phrase.End : cut;
    }
}
