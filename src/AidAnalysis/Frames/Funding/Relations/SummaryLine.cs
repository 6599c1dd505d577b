using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// "- £12 million in new funding for ..." above "The UK will provide £12 million ...": a verbless line (a summary bullet, a
/// lede) that the funding frame kept apart from the full telling of the same amount in the same currency, of the same giver,
/// tells the news figure first. It is the news row, with the status the full telling gives, and the full telling is its
/// `part_of`, so the figure is added once and whatever includes or divides it is linked to one row.
/// </summary>
internal sealed class SummaryLine : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        var untold = new Dictionary<(double, string), int>();
        foreach (var i in draft.Primary)
        {
            var f = draft.Figures[i];
            if (f.Value is not { } value || draft.IsCumulative(i)) continue;
            if (!NewMoney.Qualifies(draft, i))
            {
                if (f.Status == FundingStatus.Unspecified && f.PartOfId is null) untold.TryAdd((value, f.Currency), i);
            }
            else if (untold.Remove((value, f.Currency), out var summary) && draft.SameKnownDonor(summary, i)
                     && draft.SentenceOf(draft.BodySpan(summary)) != draft.SentenceOf(draft.BodySpan(i)) && draft.TryLink(i, summary))
                draft.SetStatus(summary, f.Status);
        }
    }
}
