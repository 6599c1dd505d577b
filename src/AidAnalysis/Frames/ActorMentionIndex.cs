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
        var listed = actors.SelectMany((a, order) => a.Mentions.Select(m => (Actor: a, Span: m, Order: order))).ToArray();
        _mentions = listed.OrderBy(m => m.Span.Start).Select(m => (m.Actor, m.Span)).ToArray();
        _byEnd = listed.OrderBy(m => m.Span.End).ThenByDescending(m => m.Order).Select(m => (m.Actor, m.Span)).ToArray();
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
