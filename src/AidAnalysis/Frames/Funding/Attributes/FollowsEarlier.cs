using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"The allocation follows a $15 million release in February", "comes after an earlier $X grant": an amount that is
/// the object of a finite verb of coming after is the earlier money the news follows, background (SCHEMA.md: previous,
/// "earlier money mentioned as background or history"). Only approximations and determiners stand between the verb and the
/// amount; "followed by $X" (the amount comes later) is no such object.</summary>
internal sealed class FollowsEarlier(AttributeWords words)
{
    public bool Holds(TokenLayer tokens, Span window, Span amount)
    {
        var last = tokens.WordRightBefore(amount.Start, window.Start, WordSpacing.OneWhitespace);
        while (last >= 0 && words.AmountGapWords.StartOfAnyEndingAt(tokens, last, window.Start) is var gap and >= 0)
            last = tokens.WordRightBefore(tokens[gap].Start, window.Start, WordSpacing.OneWhitespace);
        return last >= 0 && words.SuccessionVerbs.EndsAt(tokens, last, window.Start);
    }
}
