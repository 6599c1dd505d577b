using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"estimated the damage at $34 billion", "put losses at about $3 billion": an amount that "at" gives as the value
/// of a loss noun a few words before it is an estimate of what was lost, no money given (SCHEMA.md: damage is not aid),
/// whoever the sentence names as estimating it.</summary>
internal sealed class LossValuation(AttributeWords words)
{
    /// <summary>How many words before "at" the loss noun may stand ("the physical damage in the south at").</summary>
    private const int Reach = 6;

    public bool Holds(TokenLayer tokens, Span clause, Span amount)
    {
        var at = tokens.WordRightBefore(amount.Start, clause.Start, WordSpacing.OneWhitespace);
        // "at about $X": one approximation may stand between "at" and the amount.
        if (words.AmountGapWords.IsWord(tokens, at)) at = tokens.WordRightBefore(tokens[at].Start, clause.Start, WordSpacing.OneWhitespace);
        if (!words.ValuingPrepositions.IsWord(tokens, at)) return false;
        for (int i = at - 1, seen = 0; i >= 0 && tokens[i].Start >= clause.Start && seen < Reach; i--)
        {
            if (!tokens[i].IsWordLike) continue;
            if (words.LossNouns.IsWord(tokens, i)) return true;
            seen++;
        }
        return false;
    }
}
