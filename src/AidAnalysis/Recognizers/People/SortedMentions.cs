using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers.People;

/// <summary>Questions asked of the known names sorted by where they start.</summary>
internal static class SortedMentions
{
    /// <summary>The organisations starting before <paramref name="position"/> and within the 300 characters before it (the
    /// sentence before or this one), nearest first: what "its" or "the agency" points back to.</summary>
    public static IEnumerable<EntityMention> OrganisationsBefore(EntityMention[] sorted, int position)
    {
        var floor = Math.Max(0, position - 300);
        for (var i = FirstStartingAtOrAfter(sorted, position) - 1; i >= 0 && sorted[i].Span.Start >= floor; i--)
            if (sorted[i].Type == MentionType.Organization) yield return sorted[i];
    }

    /// <summary>Index of the first mention starting at or after <paramref name="position"/> (the length if none).</summary>
    public static int FirstStartingAtOrAfter(EntityMention[] sorted, int position)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid].Span.Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
