using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// One state's running or cumulative total for another ("Freedonia has committed £5 billion to Ruritania since 2022", "total
/// Freedonian support is now $2 billion") sums money of every kind it sent; unless its own clause names a type ("military
/// aid since 2022"), it is a mixed sum, `unspecified` (SCHEMA.md: mixed or unclear packages), not the type the headline or
/// the article's other figures lent it. A fund's or lender's total (disbursements under a facility, a pooled fund's
/// allocations) is of the one kind that giver gives, and keeps its type. Read on the amount's clause
/// (<see cref="CumulativeTotals.ClauseSpanAround"/>) with the lexicon's aid-type words.
/// </summary>
internal sealed class TotalTakesOwnType(AidTypeWords types, RelationVocabulary words) : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        foreach (var i in draft.Primary)
        {
            var f = draft.Figures[i];
            if (!draft.IsCumulative(i) || f.AidType == AidType.Unspecified || f.Donor is null || f.Recipient is null
                || !words.States.Contains(f.Donor) || !words.States.Contains(f.Recipient)) continue;
            var mention = draft.BodySpan(i);
            if (types.Nearest(draft.Document, CumulativeTotals.ClauseSpanAround(draft, mention), mention) is not null) continue;
            foreach (var row in draft.ConversionsOf(i).Prepend(i))
                draft.Figures[row] = draft.Figures[row] with { AidType = AidType.Unspecified };
        }
    }
}
