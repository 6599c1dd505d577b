using AidAnalysis.Model;

namespace AidAnalysis.Text.Clauses;

/// <summary>
/// The clauses of every sentence in text order (<see cref="Pipeline.Layer.Clauses"/>) and the boundaries between them: the
/// marks ("; ", ", while ") that end one clause and open the next. Clauses and boundaries together cover each sentence.
/// Beside them, the clauses joined onto or set into those (<see cref="EmbeddedClause"/>), each kind in text order: a frame
/// asks "the clause this amount is in" or "is this token inside a relative clause" instead of looking for commas itself.
/// </summary>
public sealed class ClauseLayer
{
    private readonly IReadOnlyList<Span> _clauses;
    private readonly IReadOnlyList<Span> _boundaries;
    // One list a kind, each sorted and with no two of a kind overlapping, so a binary search finds the one at an offset.
    private readonly EmbeddedClause[][] _embedded;

    public ClauseLayer(IReadOnlyList<Span> clauses, IReadOnlyList<Span> boundaries, IEnumerable<EmbeddedClause>? embedded = null)
    {
        _clauses = clauses;
        _boundaries = boundaries;
        _embedded = ByKind(embedded ?? []);
    }

    /// <summary>The clauses split by kind, each kind in text order (a stable sort, needed only where they come out of order).</summary>
    private static EmbeddedClause[][] ByKind(IEnumerable<EmbeddedClause> embedded)
    {
        var kinds = new List<EmbeddedClause>[KindCount];
        for (var k = 0; k < kinds.Length; k++) kinds[k] = [];
        foreach (var clause in embedded) kinds[(int)clause.Kind].Add(clause);
        var byKind = new EmbeddedClause[KindCount][];
        for (var k = 0; k < kinds.Length; k++) byKind[k] = InTextOrder(kinds[k]);
        return byKind;
    }

    private static readonly int KindCount = Enum.GetValues<ClauseKind>().Length;

    private static EmbeddedClause[] InTextOrder(List<EmbeddedClause> clauses)
    {
        for (var i = 1; i < clauses.Count; i++)
            if (clauses[i].Span.Start < clauses[i - 1].Span.Start) return [.. clauses.OrderBy(c => c.Span.Start)];
        return [.. clauses];
    }

    private EmbeddedClause[] Of(ClauseKind kind) => _embedded[(int)kind];

    /// <summary>The layer of a document no clause segmenter has run on.</summary>
    public static ClauseLayer None { get; } = new([], []);

    public IReadOnlyList<Span> All => _clauses;

    /// <summary>The marks between clauses, in text order.</summary>
    public IReadOnlyList<Span> Boundaries => _boundaries;

    /// <summary>The embedded clauses of one kind, in text order.</summary>
    public IReadOnlyList<EmbeddedClause> Embedded(ClauseKind kind) => Of(kind);

    /// <summary>The clause of <see cref="All"/> that holds <paramref name="offset"/>, or null (a boundary's mark, or outside every sentence).</summary>
    public Span? ClauseAt(int offset) =>
        FirstEndingAfter(_clauses, s => s, offset) is var i && i < _clauses.Count && _clauses[i].Start <= offset ? _clauses[i] : null;

    /// <summary>The clause of kind <paramref name="kind"/> whose span holds <paramref name="offset"/>, or null.</summary>
    public EmbeddedClause? EmbeddedAt(int offset, ClauseKind kind)
    {
        var list = Of(kind);
        var i = FirstEndingAfter(list, c => c.Span, offset);
        return i < list.Length && list[i].Span.Start <= offset ? list[i] : null;
    }

    /// <summary>Whether <paramref name="offset"/> lies inside a clause of kind <paramref name="kind"/>.</summary>
    public bool IsInside(int offset, ClauseKind kind) => EmbeddedAt(offset, kind) is not null;

    /// <summary>The first clause of kind <paramref name="kind"/> that opens inside <paramref name="stretch"/>, or null.</summary>
    public EmbeddedClause? FirstOpeningIn(Span stretch, ClauseKind kind)
    {
        var list = Of(kind);
        // The clauses of a kind do not overlap, so they end in the order they start.
        for (var i = FirstEndingAfter(list, c => c.Span, stretch.Start); i < list.Length && list[i].Span.Start < stretch.End; i++)
            if (list[i].Span.Start >= stretch.Start) return list[i];
        return null;
    }

    /// <summary>Where the last boundary lying wholly inside <paramref name="stretch"/> ends (where the clause after it starts), or null.</summary>
    public int? LastBoundaryEndIn(Span stretch)
    {
        var i = FirstEndingAfter(_boundaries, b => b, stretch.End) - 1;
        return i >= 0 && _boundaries[i].Start >= stretch.Start ? _boundaries[i].End : null;
    }

    /// <summary>Where the first boundary lying wholly inside <paramref name="stretch"/> starts (where the clause before it ends), or null.</summary>
    public int? FirstBoundaryStartIn(Span stretch)
    {
        var i = FirstStartingAtOrAfter(stretch.Start);
        return i < _boundaries.Count && _boundaries[i].End <= stretch.End ? _boundaries[i].Start : null;
    }

    /// <summary>The index of the first item whose span ends after <paramref name="offset"/> (items sorted and not overlapping), or the count.</summary>
    private static int FirstEndingAfter<T>(IReadOnlyList<T> items, Func<T, Span> spanOf, int offset)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (spanOf(items[mid]).End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private int FirstStartingAtOrAfter(int offset)
    {
        int lo = 0, hi = _boundaries.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_boundaries[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
