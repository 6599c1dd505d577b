using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"The fund, approved last week, ...: €2 million is to be spent on tools": a share that the amount's own future
/// predicate hands to its use is promised (pledged), whatever the decision word ("approved", "earmarked") says of the whole.
/// The predicate follows the amount at once, or after a parenthesis of a few words; its words, each next to the one
/// before, bound it.</summary>
internal sealed class FutureShare(AttributeWords words)
{
    /// <summary>The most words a parenthesis between the amount and its predicate holds ("(about €1.8 million)"); a longer
    /// one is a clause of its own ("(which the council voted on last year)").</summary>
    private const int ParenthesisWords = 4;

    public bool Follows(TokenLayer tokens, Span amount, Span window)
    {
        var ceiling = window.End;
        var i = tokens.FirstStartingFrom(amount.End);
        // Only spaces may stand between the amount and the predicate.
        if (i >= tokens.Count || i > 0 && tokens[i - 1].End > amount.End) return false;
        if (tokens.IsExactly(i, "("))
        {
            var close = i + 1;
            while (close < tokens.Count && tokens.WordCount(i + 1, close) <= ParenthesisWords && !tokens.IsExactly(close, ")")) close++;
            if (close >= tokens.Count || !tokens.IsExactly(close, ")") || tokens[close].End > ceiling) return false;
            i = close + 1;
        }
        if (i >= tokens.Count || tokens[i].End > ceiling) return false;
        var marker = words.FutureShareMarkers.EndStartingAt(tokens, i, ceiling);
        if (marker < 0) return false;
        var verb = tokens.WordRightAfter(tokens[marker].End, ceiling, WordSpacing.OneWhitespace);
        if (words.FutureShareFillers.IsWord(tokens, verb)) verb = tokens.WordRightAfter(tokens[verb].End, ceiling, WordSpacing.OneWhitespace);
        return verb >= 0 && words.ShareVerbs.EndStartingAt(tokens, verb, ceiling) >= 0;
    }
}
