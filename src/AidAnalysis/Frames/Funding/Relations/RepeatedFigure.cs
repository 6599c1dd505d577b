using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// The same amount in the same currency stated again in a later sentence, which the funding frame kept apart because the
/// two mentions read different parties ("the Fund has released $6 million" ... "the UN said $6 million from the
/// Fund"): when both would be new money, the later one restates the earlier and is `part_of` it, so it is added once.
/// Amounts in one sentence ("Chile and Peru each gave $3 million"), or in sentences that do not name each other's giver,
/// stay separate.
/// </summary>
internal sealed class RepeatedFigure(NewMoney newMoney) : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        var seen = new Dictionary<(double, string), int>();
        foreach (var i in draft.Primary)
        {
            var f = draft.Figures[i];
            if (f.Value is not { } value || !newMoney.Qualifies(draft, i)) continue;
            if (seen.TryGetValue((value, f.Currency), out var first) && SameStory(draft, first, i))
                draft.TryLink(i, first);
            else seen.TryAdd((value, f.Currency), i);
        }
    }

    /// <summary>Different sentences, each naming the giver the other one reads: two tellings of one story.</summary>
    private static bool SameStory(RelationDraft draft, int first, int later)
    {
        var (a, b) = (draft.SentenceOf(draft.BodySpan(first)), draft.SentenceOf(draft.BodySpan(later)));
        return a != b && draft.Names(a, draft.Figures[later].Donor) && draft.Names(b, draft.Figures[first].Donor);
    }
}
