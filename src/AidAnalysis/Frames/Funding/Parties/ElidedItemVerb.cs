using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>"X will provide $5 million to A to deliver food, $4 million to B for shelter": an amount that opens a list item
/// (right after a comma or a list joiner, no verb of its own) is given by the verb of the item before it. A verb of giving
/// written as an infinitive after that item's amount ("to deliver food") says what the item pays for; its subject is the
/// item's receiver, not the giver of the next amount.</summary>
internal sealed class ElidedItemVerb(PartyWords words)
{
    /// <summary>Which of the giving verbs before the amount (in text order) governs it: the last one, unless the amount opens
    /// an elided list item and every verb after the item before it is a purpose infinitive; then the last verb before that
    /// item's amount.</summary>
    public int Governing(AnalysisDocument doc, Span sentence, Span amount, List<(FundingCue Entry, Span Span)> verbs)
    {
        var last = verbs.Count - 1;
        var tokens = doc.Tokens;
        if (!OpensItem(tokens, sentence, amount) || EarlierAmount(doc, sentence, amount) is not { } earlier) return last;
        var governing = last;
        while (governing >= 0 && verbs[governing].Span.Start >= earlier.End)
        {
            if (!IsInfinitive(tokens, verbs[governing].Span)) return last;
            governing--;
        }
        return governing >= 0 && governing < last ? governing : last;
    }

    /// <summary>Whether a comma, or a list joiner (after a comma or not), stands right before the amount.</summary>
    private bool OpensItem(TokenLayer tokens, Span sentence, Span amount)
    {
        var before = tokens.LastEndingBy(amount.Start);
        if (before < 0 || tokens[before].Start < sentence.Start) return false;
        if (tokens.IsMark(before, ',')) return true;
        return tokens.IsExactlyAny(before, words.ListJoiners) && tokens.SpacedFromPrevious(before + 1, WordSpacing.AnyWhitespace);
    }

    /// <summary>The sentence's amount nearest before this one.</summary>
    private static Span? EarlierAmount(AnalysisDocument doc, Span sentence, Span amount)
    {
        Span? earlier = null;
        foreach (var money in doc.MoneyOverlapping(new Span(sentence.Start, amount.Start)))
            if (money.Span.End <= amount.Start) earlier = money.Span;
        return earlier;
    }

    /// <summary>Whether the verb is an infinitive: "to" opens the cue ("to provide") or stands right before it ("to deliver").</summary>
    private static bool IsInfinitive(TokenLayer tokens, Span verb)
    {
        var first = tokens.FirstStartingFrom(verb.Start);
        return tokens.IsExactly(first, "to") || first > 0 && tokens.IsExactly(first - 1, "to") && tokens.SpacedFromPrevious(first, WordSpacing.OneWhitespace);
    }
}
