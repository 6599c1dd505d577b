using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"relief supplies worth $2 million", "The shipment, worth about $4 million, ...", "the goods are worth $1 million": an
/// amount that only values goods sent, with no status word of its own, is money delivered (SCHEMA.md: goods handed over or
/// arrived). A package valued is left alone: whether it is news or a part of a larger one is the story's to tell.</summary>
internal sealed class ValuedConsignment(AttributeWords words)
{
    public bool Holds(TokenLayer tokens, Span window, Span amount)
    {
        var (first, end) = tokens.Within(new Span(window.Start, amount.Start));
        var i = end - 1;
        while (i >= first && words.ChangeApproximators.IsWord(tokens, i)) i--;
        if (i < first) return false;
        var value = -1;
        for (var e = 0; e < words.ValueWords.Count && value < 0; e++) value = words.ValueWords.StartEndingAt(tokens, e, i, first);
        if (value < 0) return false;
        // "The goods are worth", "The shipment, worth": a linking verb or a comma may stand between the noun and its value.
        var noun = value - 1;
        if (noun >= first && (tokens.IsMark(noun, ',') || words.ValueLinks.IsWord(tokens, noun))) noun--;
        return noun >= first && words.ConsignmentNouns.IsWord(tokens, noun);
    }
}
