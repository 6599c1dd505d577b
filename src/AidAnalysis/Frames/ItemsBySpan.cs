using AidAnalysis.Model;

namespace AidAnalysis.Frames;

/// <summary>
/// Items of a list (funding figures, aid items) found by the spans they are mentioned at: which items
/// have a mention inside a window, by binary search over all mentions sorted by start, so that each
/// window reads its own mentions instead of every item of the document.
/// </summary>
public sealed class ItemsBySpan
{
    private readonly (Span Span, int Item)[] _mentions;

    /// <param name="mentionsOfItems">For each item in list order, the spans it is mentioned at.</param>
    public ItemsBySpan(IEnumerable<IEnumerable<Span>> mentionsOfItems)
    {
        var listed = new List<(Span Span, int Item)>();
        var item = 0;
        foreach (var spans in mentionsOfItems)
        {
            foreach (var span in spans) listed.Add((span, item));
            item++;
        }
        // Sorted by start, listing order first at equal starts (a stable sort): keys of start and listing position sort
        // without a comparer or LINQ's buffers.
        var keys = new long[listed.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = ((long)listed[i].Span.Start << 32) | (uint)i;
        Array.Sort(keys);
        _mentions = new (Span Span, int Item)[keys.Length];
        for (var i = 0; i < keys.Length; i++) _mentions[i] = listed[(int)(uint)keys[i]];
    }

    /// <summary>Positions in the list of the items with a mention inside <paramref name="window"/>, ascending.</summary>
    public List<int> Within(Span window)
    {
        int lo = 0, hi = _mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_mentions[mid].Span.Start < window.Start) lo = mid + 1; else hi = mid;
        }
        // Most windows hold no mention or one: a list sorted and deduplicated in place, not a sorted set per window.
        var items = new List<int>();
        for (var i = lo; i < _mentions.Length && _mentions[i].Span.Start <= window.End; i++)
            if (window.Contains(_mentions[i].Span)) items.Add(_mentions[i].Item);
        if (items.Count < 2) return items;
        items.Sort();
        var kept = 1;
        for (var i = 1; i < items.Count; i++)
            if (items[i] != items[kept - 1]) items[kept++] = items[i];
        items.RemoveRange(kept, items.Count - kept);
        return items;
    }
}
