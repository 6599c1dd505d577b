using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"France will provide €50 million in October", "said it would give $8 million in November": money a future tense
/// or a modal before the amount promises is promised whatever year, or earlier month, its month is read in; only a year the
/// sentence writes out in digits ("in 2024") can make it earlier money.</summary>
internal sealed class FutureOfUnwrittenYear(AttributeWords words, FutureTense future)
{
    public bool Holds(TokenLayer tokens, Span sentence, Span window, Span amount) => Promises(tokens, window, amount) && !WrittenYear(tokens, sentence);

    /// <summary>Whether the clause is in the future tense or has a modal before the amount ("would also distribute goods worth
    /// $X").</summary>
    public bool Promises(TokenLayer tokens, Span window, Span amount) => future.In(tokens, window) || ModalBefore(tokens, window, amount);

    private bool ModalBefore(TokenLayer tokens, Span window, Span amount)
    {
        var (first, end) = tokens.WhollyWithin(new Span(window.Start, Math.Max(window.Start, amount.Start)));
        for (var i = first; i < end; i++)
            if (words.Modals.IsWord(tokens, i)) return true;
        return false;
    }

    /// <summary>Four digits starting 19 or 20 ("2024", "2024-25").</summary>
    private static bool WrittenYear(TokenLayer tokens, Span sentence)
    {
        var (first, end) = tokens.WhollyWithin(sentence);
        for (var i = first; i < end; i++)
            if (tokens[i].Shape == TokenShape.Digits && tokens[i].Length == 4 && tokens.TextOf(i) is ['1', '9', ..] or ['2', '0', ..]) return true;
        return false;
    }
}
