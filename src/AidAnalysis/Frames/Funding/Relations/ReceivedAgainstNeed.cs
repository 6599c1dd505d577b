using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>"The agency says it needs $40 million but has so far secured only $9 million": money already received that a
/// sentence sets against a need it told first is part of that need (SCHEMA.md: a component of a total). Read as rows: an
/// earlier-money row without a parent, after a larger request in its currency within the same sentence.</summary>
internal sealed class ReceivedAgainstNeed : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        foreach (var i in draft.Primary)
        {
            var part = draft.Figures[i];
            if (part.Status != FundingStatus.Previous || part.PartOfId is not null || part.ConvertedFromId is not null || part.Value is not { } value) continue;
            var mention = draft.BodySpan(i);
            var sentence = draft.Document.SentenceIndexAt(mention.Start);
            if (sentence < 0) continue;
            var need = -1;
            foreach (var (other, row) in draft.AmountsInSentence(sentence))
                if (other.Start < mention.Start && row != i && IsLargerNeed(draft.Figures[row], part.Currency, value)) need = row;
            if (need >= 0) draft.TryLink(i, need);
        }
    }

    private static bool IsLargerNeed(FundingFigure need, string? currency, double value) =>
        need.Status == FundingStatus.Requested && need.Currency == currency && need.Value > value;
}
