using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>"$8 million in assistance ... Of the $8 million, $6 million goes to budget support ... the remaining $2 million
/// buys seed and fertiliser": a package whose parts are of different aid types is a mixed package, unspecified, whatever word
/// its own sentence used; so are its conversions. Runs after the links, from the smallest parts up.</summary>
internal sealed class MixedParts : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        var done = new HashSet<int>();
        foreach (var row in draft.Primary) TypeOf(draft, row, done, depth: 0);
    }

    /// <summary>The row's type after its parts have been read; a chain of parts is never deeper than the rows.</summary>
    private static AidType TypeOf(RelationDraft draft, int row, HashSet<int> done, int depth)
    {
        if (!done.Add(row) || depth > draft.Figures.Length) return draft.Figures[row].AidType;
        var partTypes = new HashSet<AidType>();
        foreach (var child in draft.Children(row))
            if (TypeOf(draft, child, done, depth + 1) is var type && type != AidType.Unspecified) partTypes.Add(type);
        // A running total's members are joined by giver alone (RunningTotalMembers), and the pledges of several givers to a
        // collective figure (PledgeList) are each typed by their own giver's words: neither says anything of the whole's own type.
        if (partTypes.Count < 2 || draft.Figures[row].AidType == AidType.Unspecified || draft.IsCumulative(row) || FromSeveralGivers(draft, row))
            return draft.Figures[row].AidType;
        draft.Figures[row] = draft.Figures[row] with { AidType = AidType.Unspecified };
        foreach (var i in draft.ConversionsOf(row)) draft.Figures[i] = draft.Figures[i] with { AidType = AidType.Unspecified };
        return AidType.Unspecified;
    }

    private static bool FromSeveralGivers(RelationDraft draft, int row) =>
        draft.Children(row).Select(i => draft.Figures[i].Donor).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Skip(1).Any();
}
