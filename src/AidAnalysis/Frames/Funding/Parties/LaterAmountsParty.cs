using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// "NZ$9 million in relief, including NZ$3 million to the WFP", "US$6 million from the EU, US$4.5 million from Germany": a party
/// named after a later amount of the sentence belongs to that amount, not to the one before it. Only amounts joined by "and"
/// or "or" ("$5 million and $3 million to Fiji") share the party after the last; a conversion ("(about N76 billion)") restates
/// the amount and stands between nothing.
/// </summary>
internal static class LaterAmountsParty
{
    /// <summary>Whether an amount other than a conversion stands between <paramref name="amount"/> and the party's mention,
    /// not coordinated with it.</summary>
    public static bool BelongsToLaterAmount(AnalysisDocument doc, Span amount, Span mention)
    {
        if (mention.Start <= amount.End) return false;
        foreach (var m in doc.MoneyOverlapping(new Span(amount.End, mention.Start)))
        {
            if (m.Span.Start < amount.End || m.Span.End > mention.Start || m.ConvertedFrom is not null) continue;
            return doc.Text.AsSpan(amount.End, m.Span.Start - amount.End).Trim() is not ("and" or "or" or "," or ", and" or ", or");
        }
        return false;
    }
}
