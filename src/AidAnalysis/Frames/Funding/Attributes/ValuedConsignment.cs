using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"dispatched relief supplies worth $2 million", "The shipment, worth about $4 million, ...": an amount that only values
/// goods sent, with no status word of its own, is money delivered (SCHEMA.md: goods handed over or arrived). The goods are sent
/// only when a verb says so: their clause holds a verb of sending, handing over or arrival, or, for a valuation set off by
/// commas (which has no verb of its own), the sentence holds no verb of loss, theft, destruction, blocking or seizure; goods
/// stolen, destroyed or stuck at a border are not aid delivered. A package valued is left alone: whether it is news or a part
/// of a larger one is the story's to tell.</summary>
internal sealed class ValuedConsignment(AttributeWords words)
{
    public bool Holds(TokenLayer tokens, Span sentence, Span window, Span amount) => Read(tokens, sentence, window, amount) != Reading.None;

    /// <summary>"Maize worth $2 million arrived in the port", "donors flew medicines worth $1 million to the city": goods valued
    /// whose own clause has a verb of sending, handing over or arrival (and none of loss) are goods sent, which makes the sentence
    /// one of aid though it names no giver nor aid word. Any goods noun then counts, since the verb, not the noun, says they were
    /// sent (SCHEMA.md: goods "handed over or arrived" are delivered).</summary>
    public bool Sent(TokenLayer tokens, Span sentence, Span window, Span amount) => Read(tokens, sentence, window, amount) == Reading.WithVerb;

    private enum Reading { None, Appositive, WithVerb }

    private Reading Read(TokenLayer tokens, Span sentence, Span window, Span amount)
    {
        var (first, end) = tokens.Within(new Span(window.Start, amount.Start));
        var i = end - 1;
        while (i >= first && words.ChangeApproximators.IsWord(tokens, i)) i--;
        if (i < first) return Reading.None;
        var value = -1;
        for (var e = 0; e < words.ValueWords.Count && value < 0; e++) value = words.ValueWords.StartEndingAt(tokens, e, i, first);
        if (value < 0) return Reading.None;
        // "The goods are worth", "The shipment, worth": a linking verb or a comma may stand between the noun and its value.
        var noun = value - 1;
        var appositive = noun >= first && tokens.IsMark(noun, ',');
        if (appositive || (noun >= first && words.ValueLinks.IsWord(tokens, noun))) noun--;
        if (noun < first) return Reading.None;
        // The appositive's own clause has no verb, so the sentence's verbs decide for it.
        if (appositive)
            return words.ConsignmentNouns.IsWord(tokens, noun) && !Any(tokens, sentence, words.ConsignmentLossVerbs) ? Reading.Appositive : Reading.None;
        var goods = words.ConsignmentNouns.IsWord(tokens, noun) || tokens.IsLetters(noun, lowerOnly: true) || tokens[noun].Shape == TokenShape.Capitalized && noun == first;
        return goods && !Any(tokens, window, words.ConsignmentLossVerbs) && Any(tokens, window, words.ConsignmentVerbs) ? Reading.WithVerb : Reading.None;
    }

    /// <summary>Whether an entry of <paramref name="verbs"/> stands in <paramref name="span"/>.</summary>
    private static bool Any(TokenLayer tokens, Span span, AttributeWords.Phrases verbs)
    {
        var (first, end) = tokens.Within(span);
        for (var i = first; i < end; i++)
            if (verbs.EndsAt(tokens, i, first)) return true;
        return false;
    }
}
