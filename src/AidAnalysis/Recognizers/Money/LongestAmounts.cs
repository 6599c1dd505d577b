using AidAnalysis.Pipeline;
using AidAnalysis.Text;

namespace AidAnalysis.Recognizers.Money;

/// <summary>Where amounts found by different rules overlap, the longest is kept ("$5 million" over "$5").</summary>
internal static class LongestAmounts
{
    public static List<MoneyMention> Accept(List<MoneyMention> candidates)
    {
        if (Apart(candidates) is { } apart) return apart;
        var accepted = new List<MoneyMention>();
        // Longest first, then leftmost, then in the order found (a stable sort).
        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            var x = candidates[a].Span;
            var y = candidates[b].Span;
            return x.Length != y.Length ? y.Length.CompareTo(x.Length) : x.Start != y.Start ? x.Start.CompareTo(y.Start) : a.CompareTo(b);
        });
        var maxEnd = 0;
        foreach (var c in candidates) maxEnd = Math.Max(maxEnd, c.Span.End);
        var taken = new CoveredPositions(maxEnd);
        foreach (var i in order)
        {
            var c = candidates[i];
            if (taken.AnyIn(c.Span.Start, c.Span.Length)) continue;
            taken.Cover(c.Span.Start, c.Span.Length);
            accepted.Add(c);
        }
        accepted.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return accepted;
    }

    /// <summary>Candidates none of which overlaps another (most texts, and every long one) are all accepted whatever
    /// the order they are tried in: then they are only put in text order, without the longest-first sort; else null.</summary>
    private static List<MoneyMention>? Apart(List<MoneyMention> candidates)
    {
        var inTextOrder = true;
        for (var i = 1; i < candidates.Count && inTextOrder; i++) inTextOrder = candidates[i - 1].Span.Start < candidates[i].Span.Start;
        var accepted = new List<MoneyMention>(candidates);
        if (!inTextOrder) accepted.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        // In order of start, spans overlap only where one starts before the one before it ends (a check without a
        // text-long table). An empty span can share its start with another, where the order of the sort would decide.
        for (var i = 0; i < accepted.Count; i++)
            if (accepted[i].Span.Length == 0 || i > 0 && accepted[i].Span.Start < accepted[i - 1].Span.End) return null;
        // Starts are distinct, so the order is the same whatever the sort.
        return accepted;
    }
}
