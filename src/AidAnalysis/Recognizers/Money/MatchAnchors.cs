using System.Buffers;
using System.Text.RegularExpressions;

namespace AidAnalysis.Recognizers.Money;

/// <summary>
/// Literals one of which every match of a pattern holds, with at most <see cref="Before"/> whitespace characters of the
/// match before that literal and at most <see cref="After"/> from its start to the match's end. A pattern that holds no
/// unbounded run of whitespace is then scanned only in windows around the literals instead of over the whole text: from
/// after the whitespace character that would exceed <see cref="Before"/> to the one that would exceed <see cref="After"/>.
/// Windows that overlap are joined, so every match lies inside one window. Each window is scanned from its start in the
/// whole text (the engine sees what stands before it) and cut at a whitespace character, which no match reaches and
/// where a word boundary reads as at the end of the input: the matches are those of a scan of the whole text.
/// </summary>
public sealed class MatchAnchors
{
    private readonly SearchValues<string> _literals;

    public MatchAnchors(IReadOnlyCollection<string> literals, int before, int after)
    {
        if (literals.Count == 0 || before < 0 || after < 0) throw new ArgumentException("Anchors need literals and bounds of zero or more.");
        _literals = SearchValues.Create([.. literals], StringComparison.Ordinal);
        (Before, After) = (before, after);
    }

    public int Before { get; }
    public int After { get; }

    /// <summary>Where the first literal of <paramref name="text"/> stands, or -1 when it holds none (and no match).</summary>
    public int First(string text) => text.AsSpan().IndexOfAny(_literals);

    /// <summary>The bounds of <paramref name="regex"/>'s matches in text order, scanned in the windows of the anchors from
    /// the first literal (<paramref name="hit"/>, found by <see cref="First"/>). Linear in the text: each stretch of it is
    /// walked a bounded number of times, however densely the literals stand.</summary>
    public void Scan(Regex regex, string text, int hit, List<(int Index, int Length)> bounds)
    {
        var start = WindowStart(text, hit, Before, floor: 0);
        var end = NthWhitespace(text, hit, After + 1);
        while (Next(text, hit) is var next && next >= 0)
        {
            if (next < end)
            {
                // Inside the window: its end moves on by the whitespace passed between the two literals.
                var passed = CountWhitespace(text, hit, next);
                if (passed > 0 && end < text.Length) end = NthWhitespace(text, end + 1, passed);
            }
            else
            {
                var nextStart = WindowStart(text, next, Before, floor: end);
                if (nextStart > end)
                {
                    Matches(regex, text, start, end, bounds);
                    start = nextStart;
                }
                end = NthWhitespace(text, next, After + 1);
            }
            hit = next;
        }
        Matches(regex, text, start, end, bounds);
    }

    private static void Matches(Regex regex, string text, int start, int end, List<(int Index, int Length)> bounds)
    {
        foreach (var m in regex.EnumerateMatches(text.AsSpan(0, end), start)) bounds.Add((m.Index, m.Length));
    }

    private int Next(string text, int hit)
    {
        var found = text.AsSpan(hit + 1).IndexOfAny(_literals);
        return found < 0 ? -1 : hit + 1 + found;
    }

    /// <summary>Where a match holding the literal at <paramref name="at"/> may start at the earliest: after the whitespace
    /// character that would be one too many before it; <paramref name="floor"/> where the walk back stops.</summary>
    private static int WindowStart(string text, int at, int before, int floor)
    {
        var seen = 0;
        for (var i = at - 1; i >= floor; i--)
            if (char.IsWhiteSpace(text[i]) && ++seen > before) return i + 1;
        return floor;
    }

    /// <summary>The <paramref name="n"/>th whitespace character from <paramref name="from"/> on, or the text's end.</summary>
    private static int NthWhitespace(string text, int from, int n)
    {
        for (var i = from; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && --n == 0) return i;
        return text.Length;
    }

    private static int CountWhitespace(string text, int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
            if (char.IsWhiteSpace(text[i])) count++;
        return count;
    }
}
