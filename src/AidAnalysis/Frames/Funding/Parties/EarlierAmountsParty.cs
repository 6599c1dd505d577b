using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "$40 million for refugees in X, bringing its total to $1 billion": a party named after an earlier amount of the sentence, in a
/// clause a comma closes before this amount, belongs to that earlier amount, the mirror of <see cref="LaterAmountsParty"/>. A
/// conversion ("(about $43 million)") restates an amount and owns nothing.
/// </summary>
internal static class EarlierAmountsParty
{
    /// <summary>Whether an amount other than a conversion stands before the party's mention in the sentence, and a comma between
    /// the mention and <paramref name="amount"/>.</summary>
    public static bool BelongsToEarlierAmount(AnalysisDocument doc, Span sentence, Span amount, Span mention)
    {
        if (mention.End > amount.Start || mention.Start <= sentence.Start || !doc.Text.AsSpan(mention.End, amount.Start - mention.End).Contains(','))
            return false;
        foreach (var m in doc.MoneyOverlapping(new Span(sentence.Start, mention.Start)))
            if (m.Span.Start >= sentence.Start && m.Span.End <= mention.Start && m.ConvertedFrom is null) return true;
        return false;
    }
}
