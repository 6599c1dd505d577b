using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"the ministry's aid budget for this year stands at $X", "support to the region since 2022 totals more than $X",
/// "funding exceeded $X": a finite verb of level whose complement is the amount states a sum already in place, a stock or a
/// cumulative total, not the act of giving the news reports (SCHEMA.md: cumulative totals are previous). Between the verb
/// and the amount only approximations and determiners may stand, but not a ceiling ("stands at up to $X" caps money
/// promised, not a sum in place); a level that sums the news's own parts ("Together, the loans amount to $X") or sizes the
/// news itself ("The new package totals $X", "The pledges announced on Monday stand at $X") is not background.</summary>
internal sealed class StatedLevel(AttributeWords words)
{
    public bool Holds(TokenLayer tokens, Span window, Span amount)
    {
        var last = tokens.WordRightBefore(amount.Start, window.Start, WordSpacing.OneWhitespace);
        // Step back over "more than", "about", "an": the words between a verb and the amount it governs.
        while (last >= 0 && words.AmountGapWords.StartOfAnyEndingAt(tokens, last, window.Start) is var gap and >= 0)
        {
            if (words.LevelCeilings.EndsAt(tokens, last, window.Start)) return false;
            last = tokens.WordRightBefore(tokens[gap].Start, window.Start, WordSpacing.OneWhitespace);
        }
        if (last < 0 || words.LevelVerbs.StartOfAnyEndingAt(tokens, last, window.Start) is not (var verb and >= 0)) return false;
        for (var i = tokens.FirstStartingFrom(window.Start); i < verb; i++)
            if (words.LevelSumWords.IsWord(tokens, i) || words.LevelNewsWords.IsWord(tokens, i)) return false;
        return true;
    }
}
