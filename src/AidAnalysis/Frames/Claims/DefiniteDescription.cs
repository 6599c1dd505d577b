using System.Globalization;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"the UN aid chief", "the charity": a definite description that ends a phrase, the words after its "the" and
/// the last of them, its head. Read from the phrase's end backwards, word by word (a word being the tokens written
/// together between whitespace characters), so a description costs only its own words.</summary>
/// <param name="Words">From the first word after "the" to the end of the head.</param>
/// <param name="Head">The last word.</param>
internal readonly record struct DefiniteDescription(Span Words, Span Head)
{
    /// <summary>The description that ends <paramref name="phrase"/> but for whitespace: "the" or "The" (not glued to a
    /// letter, digit or connector before it, unless the phrase's start cuts there), then up to <paramref name="maxWords"/>
    /// words of letters and hyphens (and full stops where <paramref name="dotted"/>), one whitespace character before each;
    /// the head holds no full stop. The earliest "the" that reaches the end wins. Null when the phrase ends in no such
    /// description. <paramref name="phrase"/> ends at a token boundary or in whitespace.</summary>
    public static DefiniteDescription? Ending(TokenLayer tokens, Span phrase, int maxWords, bool dotted)
    {
        DefiniteDescription? found = null;
        var head = default(Span);
        var last = tokens.LastEndingBy(phrase.End);
        // Word w (0 = the head) is tokens [first, last]; the token before it ends word w + 1, and may be the "the".
        for (var w = 0; w < maxWords && last >= 0 && tokens[last].End > phrase.Start; w++)
        {
            var first = last;
            while (first > 0 && tokens[first - 1].End == tokens[first].Start && tokens[first - 1].End > phrase.Start) first--;
            if (tokens[first].Start < phrase.Start || !IsWordOf(tokens, first, last, dotted && w > 0)) break;
            if (w == 0) head = new Span(tokens[first].Start, tokens[last].End);
            var the = first - 1;
            if (the < 0 || tokens[the].End != tokens[first].Start - 1 || tokens[the].End <= phrase.Start) break;
            if (IsThe(tokens, the, phrase.Start)) found = new DefiniteDescription(new Span(tokens[first].Start, head.End), head);
            last = the;
        }
        return found;
    }

    /// <summary>Tokens [<paramref name="first"/>, <paramref name="last"/>] are words of letters only, with hyphens (and full
    /// stops where <paramref name="dotted"/>) between or around them.</summary>
    private static bool IsWordOf(TokenLayer tokens, int first, int last, bool dotted)
    {
        for (var i = first; i <= last; i++)
            if (!tokens.IsLetters(i) && !tokens.IsMark(i, '-') && !(dotted && tokens.IsMark(i, '.'))) return false;
        return true;
    }

    /// <summary>Token <paramref name="i"/> reads "the" or "The" from where the phrase starts, and, unless the phrase's start
    /// cuts it, no letter, digit, connector or combining mark is written onto it before.</summary>
    private static bool IsThe(TokenLayer tokens, int i, int phraseStart)
    {
        var start = Math.Max(tokens[i].Start, phraseStart);
        var word = tokens.Text.AsSpan(start, tokens[i].End - start);
        if (!word.SequenceEqual("the") && !word.SequenceEqual("The")) return false;
        if (start == phraseStart || i == 0 || tokens[i - 1].End != start) return true;
        if (tokens[i - 1].IsWordLike) return false;
        var before = CharUnicodeInfo.GetUnicodeCategory(tokens.Text, tokens[i - 1].End - 1);
        return before is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation);
    }
}
