using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// "- $7 million for flood relief" above "Norway is giving $7 million to ...": a line that tells an amount as no new money and
/// with no status (a summary bullet, a lede), kept apart by the funding frame from a later full telling of the same amount in the
/// same currency, of the same giver and in another sentence, tells the news figure first. It is the news row, with the status the full telling gives, and the full telling is its
/// `part_of`, so the figure is added once and whatever includes or divides it is linked to one row.
/// </summary>
internal sealed class SummaryLine(NewMoney newMoney) : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        var untold = new Dictionary<(double, string), int>();
        foreach (var i in draft.Primary)
        {
            var f = draft.Figures[i];
            if (f.Value is not { } value || draft.IsCumulative(i)) continue;
            if (!newMoney.Qualifies(draft, i))
            {
                if (f.Status == FundingStatus.Unspecified && f.PartOfId is null) untold.TryAdd((value, f.Currency), i);
            }
            else if (untold.Remove((value, f.Currency), out var summary) && draft.SameKnownDonor(summary, i)
                     && draft.SentenceOf(draft.BodySpan(summary)) != draft.SentenceOf(draft.BodySpan(i)) && draft.TryLink(i, summary))
                draft.SetStatus(summary, f.Status);
        }
    }
}
