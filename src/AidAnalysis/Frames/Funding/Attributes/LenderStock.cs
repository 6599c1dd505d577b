using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"its portfolio of $X", "total commitments of $X", "the bank's portfolio stands at $X", "outstanding loans total $X":
/// a lender's stock of money in place (a portfolio, its outstanding loans, its total commitments) stated as a level is
/// background money, not the news's act of giving (SCHEMA.md: cumulative totals are previous). It makes its sentence about
/// aid, as an aid noun does. A stock whose subject names the news ("new commitments of $X") or a modal level ("will total")
/// is not one.</summary>
internal sealed class LenderStock(AttributeWords words)
{
    public bool Holds(TokenLayer tokens, Span window, Span amount)
    {
        var last = tokens.WordRightBefore(amount.Start, window.Start, WordSpacing.OneWhitespace);
        // Step back over "of", "about", "more than": the words between a noun or verb and the amount it governs.
        while (last >= 0 && words.AmountGapWords.StartOfAnyEndingAt(tokens, last, window.Start) is var gap and >= 0)
            last = tokens.WordRightBefore(tokens[gap].Start, window.Start, WordSpacing.OneWhitespace);
        if (last < 0) return false;
        // "total commitments of $X": the stock noun right before the preposition that gives its figure.
        if (words.StockFigureNouns.StartOfAnyEndingAt(tokens, last, window.Start) is var noun and >= 0)
            return last + 1 < tokens.Count && words.StockPrepositions.IsWord(tokens, last + 1) && !NewsIn(tokens, window, noun);
        // "the portfolio stands at $X", "outstanding loans total $X": a stock noun in the subject of a verb of level.
        var verb = words.LevelVerbs.StartOfAnyEndingAt(tokens, last, window.Start);
        if (verb < 0) verb = words.StockVerbs.StartOfAnyEndingAt(tokens, last, window.Start);
        if (verb < 0 || verb > 0 && words.Modals.EndsAt(tokens, verb - 1, window.Start) || NewsIn(tokens, window, verb)) return false;
        for (var i = tokens.FirstStartingFrom(window.Start); i < verb; i++)
            if (words.StockNouns.IsWord(tokens, i)) return true;
        return false;
    }

    /// <summary>Whether a word before <paramref name="end"/> makes the stock the news or the sum of its parts ("new", "Monday", "together").</summary>
    private bool NewsIn(TokenLayer tokens, Span window, int end)
    {
        for (var i = tokens.FirstStartingFrom(window.Start); i < end; i++)
            if (words.LevelSumWords.IsWord(tokens, i) || words.LevelNewsWords.IsWord(tokens, i)) return true;
        return false;
    }
}
