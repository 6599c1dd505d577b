using AidAnalysis.Model;

namespace AidAnalysis.Frames;

/// <summary>Every actor mention of a document sorted by position, for quick lookups inside a span.</summary>
public sealed class ActorMentionIndex
{
    private readonly (Actor Actor, Span Span)[] _mentions;
    // By end; at equal ends the actor listed later first, so that a walk backwards meets the earlier actor first.
    private readonly (Actor Actor, Span Span)[] _byEnd;

    public ActorMentionIndex(IEnumerable<Actor> actors)
    {
        var listed = actors as IReadOnlyList<Actor> ?? [.. actors];
        var count = 0;
        foreach (var actor in listed) count += actor.Mentions.Count;
        var inOrder = new (Actor Actor, Span Span)[count];
        var byStartKeys = new long[count];
        var i = 0;
        foreach (var actor in listed)
            foreach (var span in actor.Mentions)
            {
                inOrder[i] = (actor, span);
                byStartKeys[i] = SortKey(span.Start, i);
                i++;
            }
        _mentions = Sorted(inOrder, byStartKeys);
        // Actors listed later first at equal ends: number the mentions actor by actor from the last actor.
        var laterFirst = new (Actor Actor, Span Span)[count];
        var byEndKeys = new long[count];
        i = 0;
        for (var a = listed.Count - 1; a >= 0; a--)
            foreach (var span in listed[a].Mentions)
            {
                laterFirst[i] = (listed[a], span);
                byEndKeys[i] = SortKey(span.End, i);
                i++;
            }
        _byEnd = Sorted(laterFirst, byEndKeys);
    }

    /// <summary>A position, then the listing order: sorting the keys is a stable sort by position, without a comparer.</summary>
    private static long SortKey(int position, int listed) => ((long)position << 32) | (uint)listed;

    private static (Actor Actor, Span Span)[] Sorted((Actor Actor, Span Span)[] listed, long[] keys)
    {
        Array.Sort(keys);
        var sorted = new (Actor Actor, Span Span)[keys.Length];
        for (var i = 0; i < keys.Length; i++) sorted[i] = listed[(int)(uint)keys[i]];
        return sorted;
    }

    /// <summary>Mentions that end at or before <paramref name="position"/>, the latest end first (at equal ends,
    /// the actor listed first comes first): the nearest earlier mention that passes a test is the first one read.</summary>
    public IEnumerable<(Actor Actor, Span Span)> EndingBy(int position)
    {
        int lo = 0, hi = _byEnd.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_byEnd[mid].Span.End <= position) lo = mid + 1; else hi = mid;
        }
        for (var i = lo - 1; i >= 0; i--) yield return _byEnd[i];
    }

    /// <summary>Mentions wholly inside <paramref name="window"/>, in text order.</summary>
    public IEnumerable<(Actor Actor, Span Span)> Within(Span window)
    {
        int lo = 0, hi = _mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_mentions[mid].Span.Start < window.Start) lo = mid + 1; else hi = mid;
        }
        for (var i = lo; i < _mentions.Length && _mentions[i].Span.Start < window.End; i++)
            if (_mentions[i].Span.End <= window.End) yield return _mentions[i];
    }
}
