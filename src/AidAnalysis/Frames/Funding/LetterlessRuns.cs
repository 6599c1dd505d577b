using System.Buffers;

namespace AidAnalysis.Frames;

/// <summary>Whether stretches of one text hold no letter, for the amounts of a funding pass asked in text order: the run of
/// letterless text around a stretch is remembered, so a long run of bare amounts ("$1 $1 $1 ...") is scanned once rather
/// than once per amount, and a stretch with a letter costs a scan up to its first letter.</summary>
internal sealed class LetterlessRuns(string text, SearchValues<char> nonLetters)
{
    /// <summary>The last letterless run found, [start, end).</summary>
    private (int Start, int End) _known;

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) holds only <c>nonLetters</c>.</summary>
    public bool Hold(int start, int end)
    {
        if (end <= start || start >= _known.Start && end <= _known.End) return true;
        var firstLetter = text.AsSpan(start).IndexOfAnyExcept(nonLetters);
        var runEnd = firstLetter < 0 ? text.Length : start + firstLetter;
        if (runEnd < end) return false;
        _known = (text.AsSpan(0, start).LastIndexOfAnyExcept(nonLetters) + 1, runEnd);
        return true;
    }
}
