using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers;

/// <summary>
/// A list of mentions looked up by where their spans end, so that a question about the few mentions
/// near one position reads those mentions instead of the whole document's list. Answers are the ones
/// a scan of the list would give: the first or last match in the list's own order.
/// </summary>
internal sealed class MentionsByEnd
{
    private readonly IReadOnlyList<EntityMention> _mentions;
    // Positions in the list, sorted by span end (then by position, which keeps equal ends in list order).
    private readonly int[] _byEnd;

    public MentionsByEnd(IReadOnlyList<EntityMention> mentions)
    {
        _mentions = mentions;
        // One key per mention, its end above its position: a plain sort of the keys is the stable sort by end.
        var keys = new long[mentions.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = ((long)mentions[i].Span.End << 32) | (uint)i;
        Array.Sort(keys);
        _byEnd = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++) _byEnd[i] = (int)(keys[i] & uint.MaxValue);
    }

    /// <summary>The first mention in list order whose span ends in [<paramref name="from"/>, <paramref name="to"/>]
    /// and that satisfies <paramref name="predicate"/>, which must hold only for mentions ending there.</summary>
    public EntityMention? First(int from, int to, Func<EntityMention, bool> predicate) => Pick(from, to, predicate, last: false);

    /// <summary>The last such mention in list order.</summary>
    public EntityMention? Last(int from, int to, Func<EntityMention, bool> predicate) => Pick(from, to, predicate, last: true);

    private EntityMention? Pick(int from, int to, Func<EntityMention, bool> predicate, bool last)
    {
        int lo = 0, hi = _byEnd.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_mentions[_byEnd[mid]].Span.End < from) lo = mid + 1; else hi = mid;
        }
        var chosen = -1;
        for (var i = lo; i < _byEnd.Length && _mentions[_byEnd[i]].Span.End <= to; i++)
        {
            var position = _byEnd[i];
            if ((chosen < 0 || (last ? position > chosen : position < chosen)) && predicate(_mentions[position])) chosen = position;
        }
        return chosen < 0 ? null : _mentions[chosen];
    }
}
