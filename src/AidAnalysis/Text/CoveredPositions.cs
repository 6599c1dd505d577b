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
        var (first, lastWord, firstMask, lastMask) = Bounds(start, count);
        if (first == lastWord) return (_words[first] & firstMask & lastMask) != 0;
        if ((_words[first] & firstMask) != 0 || (_words[lastWord] & lastMask) != 0) return true;
        return _words.AsSpan(first + 1, lastWord - first - 1).ContainsAnyExcept(0UL);
    }

    /// <summary>Marks [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>) covered.</summary>
    public void Cover(int start, int count)
    {
        if (count <= 0) return;
        var (first, lastWord, firstMask, lastMask) = Bounds(start, count);
        if (first == lastWord)
        {
            _words[first] |= firstMask & lastMask;
            return;
        }
        _words[first] |= firstMask;
        _words.AsSpan(first + 1, lastWord - first - 1).Fill(~0UL);
        _words[lastWord] |= lastMask;
    }

    /// <summary>Marks the positions of [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>) that
    /// <paramref name="earlier"/> does not cover: where spans are met in order, the positions a span is the first to cover.</summary>
    public void CoverWhereNot(CoveredPositions earlier, int start, int count)
    {
        if (count <= 0) return;
        var except = earlier._words;
        var (first, lastWord, firstMask, lastMask) = Bounds(start, count);
        if (first == lastWord)
        {
            _words[first] |= firstMask & lastMask & ~except[first];
            return;
        }
        _words[first] |= firstMask & ~except[first];
        for (var w = first + 1; w < lastWord; w++) _words[w] |= ~except[w];
        _words[lastWord] |= lastMask & ~except[lastWord];
    }

    /// <summary>The words a non-empty range starts and ends in, with the masks of its bits in those two words.</summary>
    private static (int First, int LastWord, ulong FirstMask, ulong LastMask) Bounds(int start, int count)
    {
        var last = start + count - 1;
        return (start >> 6, last >> 6, ~0UL << (start & 63), ~0UL >> (63 - (last & 63)));
    }
}
