namespace AidAnalysis.Frames.Relations;

/// <summary>
/// A figure whose neighbours add up to it is still no total when it and those neighbours are together the lines of a larger
/// figure: "The largest share, €16 million, goes to demining. A further €12 million goes to energy, and €8 million to schools.
/// The remaining €4 million buys machines." under "€40 million" — €8m + €4m = €12m by chance, but €16m + €12m + €8m + €4m =
/// €40m, and if €12m held €8m and €4m the €40m would count them twice. Both sums cannot hold; the flat one that takes in the
/// smaller figure and all its would-be parts is the reading that counts every line once. The larger sum must take in at
/// least one line besides them: a larger figure of exactly twice the smaller ("$10m: $6m and $4m", then "a total of $20m")
/// fits either reading, and the nearer one stands.
/// </summary>
internal static class SiblingOfLargerSum
{
    /// <summary>The larger sum overrides one found within <see cref="SumOfParts"/>' 2%, so it must be closer: the more lines a
    /// window takes in, the likelier a loose sum is chance.</summary>
    private const double Tolerance = 0.005;

    /// <param name="isCandidate">Whether a row may be a line of a total (row, total), as <see cref="SumOfParts"/> reads it.</param>
    public static bool Holds(RelationDraft draft, IReadOnlyList<int> primary, int total, IReadOnlyList<int> run,
        Func<int, int, bool> isCandidate)
    {
        var members = run.Append(total).ToHashSet();
        var value = draft.Figures[total].Value!.Value;
        for (var at = 0; at < primary.Count; at++)
        {
            var larger = primary[at];
            if (draft.Figures[larger].Value is not { } whole || whole <= value || members.Contains(larger)) continue;
            var target = whole;
            foreach (var child in draft.Children(larger)) target -= draft.Figures[child].Value ?? 0;
            var slack = Tolerance * whole;
            // A whole whose known lines leave less than the slack is accounted for already.
            if (target <= slack) continue;
            var before = new List<int>();
            for (var k = at - 1; k >= 0; k--)
                if (isCandidate(primary[k], larger)) before.Add(primary[k]);
            var after = new List<int>();
            for (var k = at + 1; k < primary.Count; k++)
                if (isCandidate(primary[k], larger)) after.Add(primary[k]);
            if (FlatOnly(draft, before, members, run, total, target, slack) || FlatOnly(draft, after, members, run, total, target, slack))
                return true;
        }
        return false;
    }

    /// <summary>Whether only the flat reading adds up: a window holding the smaller figure and its run sums to the target, and no
    /// window holding the smaller figure with siblings outside its run does. "Of the $50m, $20m goes to X, $12m of it for food and
    /// $8m for water, while Y gets $10m and Z $20m": $20m + $12m + $8m + $10m and $20m + $10m + $20m both make $50m, and the
    /// nested reading, which takes in every figure, stands.</summary>
    private static bool FlatOnly(RelationDraft draft, List<int> ordered, HashSet<int> members, IReadOnlyList<int> run, int total,
        double target, double slack) =>
        WindowSums(draft, ordered, members, target, slack)
        && !WindowSums(draft, ordered.Where(k => !run.Contains(k)).ToList(), [total], target, slack);

    /// <summary>Whether a window of consecutive candidates holding every member sums to the target.</summary>
    private static bool WindowSums(RelationDraft draft, List<int> ordered, HashSet<int> members, double target, double slack)
    {
        var places = members.Select(m => ordered.IndexOf(m)).ToList();
        if (places.Contains(-1)) return false;
        var (first, last) = (places.Min(), places.Max());
        var inner = 0.0;
        for (var k = first; k <= last; k++) inner += draft.Figures[ordered[k]].Value!.Value;
        for (var start = first; start >= 0; start--)
        {
            if (start < first) inner += draft.Figures[ordered[start]].Value!.Value;
            var sum = inner;
            for (var end = last; end < ordered.Count; end++)
            {
                if (end > last) sum += draft.Figures[ordered[end]].Value!.Value;
                if (end - start + 1 > members.Count && Math.Abs(sum - target) <= slack) return true;
                if (sum > target + slack) break;
            }
            if (inner > target + slack) return false;
        }
        return false;
    }
}
