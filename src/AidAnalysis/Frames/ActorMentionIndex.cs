using AidAnalysis.Model;

namespace AidAnalysis.Frames;

/// <summary>Every actor mention of a document sorted by position, for quick lookups inside a span.</summary>
public sealed class ActorMentionIndex
{
    private readonly (Actor Actor, Span Span)[] _mentions;

    public ActorMentionIndex(IEnumerable<Actor> actors) =>
        _mentions = actors.SelectMany(a => a.Mentions.Select(m => (a, m))).OrderBy(m => m.m.Start).ToArray();

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
