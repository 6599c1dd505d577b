namespace AidAnalysis.Text;

/// <summary>
/// Which positions of a text the spans taken so far cover, one bit a position: where a rule accepts non-overlapping spans
/// longest first, a table of a text's length in bytes was a fresh large-object allocation per long text (10 MB for a
/// 10 MB article, its pages faulted in one by one); this one is an eighth of that and asks 64 positions a step.
/// </summary>
internal sealed class CoveredPositions(int length)
{
    private readonly ulong[] _words = new ulong[(length + 63) >> 6];

    /// <summary>Whether any position in [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>) is covered.</summary>
    public bool AnyIn(int start, int count)
    {
        if (count <= 0) return false;
        var last = start + count - 1;
        int first = start >> 6, lastWord = last >> 6;
        var firstMask = ~0UL << (start & 63);
        var lastMask = ~0UL >> (63 - (last & 63));
        if (first == lastWord) return (_words[first] & firstMask & lastMask) != 0;
        if ((_words[first] & firstMask) != 0 || (_words[lastWord] & lastMask) != 0) return true;
        return _words.AsSpan(first + 1, lastWord - first - 1).ContainsAnyExcept(0UL);
    }

    /// <summary>Marks [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>) covered.</summary>
    public void Cover(int start, int count) => Cover(start, count, null);

    /// <summary>Marks the positions of [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>) that
    /// <paramref name="earlier"/> does not cover: where spans are met in order, the positions a span is the first to cover.</summary>
    public void CoverWhereNot(CoveredPositions earlier, int start, int count) => Cover(start, count, earlier._words);

    private void Cover(int start, int count, ulong[]? except)
    {
        if (count <= 0) return;
        var last = start + count - 1;
        int first = start >> 6, lastWord = last >> 6;
        var firstMask = ~0UL << (start & 63);
        var lastMask = ~0UL >> (63 - (last & 63));
        if (first == lastWord)
        {
            _words[first] |= firstMask & lastMask & ~(except?[first] ?? 0);
            return;
        }
        _words[first] |= firstMask & ~(except?[first] ?? 0);
        for (var w = first + 1; w < lastWord; w++) _words[w] |= ~(except?[w] ?? 0);
        _words[lastWord] |= lastMask & ~(except?[lastWord] ?? 0);
    }
}
