using AidAnalysis.Model;

namespace AidAnalysis.Text.Clauses;

/// <summary>
/// The clauses of every sentence in text order (<see cref="Pipeline.Layer.Clauses"/>) and the boundaries between them: the
/// marks ("; ", ", while ") that end one clause and open the next. Clauses and boundaries together cover each sentence.
/// </summary>
public sealed class ClauseLayer(IReadOnlyList<Span> clauses, IReadOnlyList<Span> boundaries)
{
    /// <summary>The layer of a document no clause segmenter has run on.</summary>
    public static ClauseLayer None { get; } = new([], []);

    public IReadOnlyList<Span> All => clauses;

    /// <summary>The marks between clauses, in text order.</summary>
    public IReadOnlyList<Span> Boundaries => boundaries;

    /// <summary>Where the last boundary lying wholly inside <paramref name="stretch"/> ends (where the clause after it starts), or null.</summary>
    public int? LastBoundaryEndIn(Span stretch)
    {
        var i = FirstEndingAfter(stretch.End) - 1;
        return i >= 0 && boundaries[i].Start >= stretch.Start ? boundaries[i].End : null;
    }

    /// <summary>Where the first boundary lying wholly inside <paramref name="stretch"/> starts (where the clause before it ends), or null.</summary>
    public int? FirstBoundaryStartIn(Span stretch)
    {
        var i = FirstStartingAtOrAfter(stretch.Start);
        return i < boundaries.Count && boundaries[i].End <= stretch.End ? boundaries[i].Start : null;
    }

    private int FirstEndingAfter(int offset)
    {
        int lo = 0, hi = boundaries.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (boundaries[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private int FirstStartingAtOrAfter(int offset)
    {
        int lo = 0, hi = boundaries.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (boundaries[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
