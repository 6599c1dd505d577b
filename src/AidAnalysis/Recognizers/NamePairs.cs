using AidAnalysis.Model;

namespace AidAnalysis.Recognizers;

/// <summary>
/// "Aryeh Stone and Carla Lee": two names of two or three capitalised tokens joined by "and", as
/// <c>(?&lt;a&gt;T(?:\sT){1,2})\sand\s(?&lt;b&gt;T(?:\sT){1,2})</c> with <c>T = \p{Lu}[\p{L}\p{M}-]+</c> matches them, found from
/// each "and" instead of by a scan of the whole text. A token runs to the end of its run of letters, marks and
/// hyphens; only the first may start inside a run. Matches come in text order and never overlap.
/// </summary>
internal static class NamePairs
{
    public static IEnumerable<(Span A, Span B)> Find(string text)
    {
        var previousEnd = 0;
        for (var and = text.IndexOf("and", StringComparison.Ordinal); and >= 0; and = text.IndexOf("and", and + 1, StringComparison.Ordinal))
        {
            if (and < 1 || and + 4 >= text.Length || !char.IsWhiteSpace(text[and - 1]) || !char.IsWhiteSpace(text[and + 3])) continue;
            var second = SecondName(text, and + 4);
            if (second < 0) continue;
            var first = FirstNameStart(text, previousEnd, and - 1);
            if (first < 0) continue;
            yield return (new Span(first, and - 1), new Span(and + 4, second));
            previousEnd = second;
        }
    }

    /// <summary>The end of the two or three tokens (three where there are) from <paramref name="start"/>; -1 if fewer than two.</summary>
    private static int SecondName(string text, int start)
    {
        var end = TokenEnd(text, start);
        if (end < 0 || end >= text.Length || !char.IsWhiteSpace(text[end])) return -1;
        end = TokenEnd(text, end + 1);
        if (end < 0) return -1;
        return end < text.Length && char.IsWhiteSpace(text[end]) && TokenEnd(text, end + 1) is > 0 and var third ? third : end;
    }

    /// <summary>The leftmost start, at or after <paramref name="floor"/>, of two or three tokens ending at <paramref name="end"/>:
    /// three tokens start earlier than two, and the first token is the end of a run, from its first capital that leaves a letter after it.</summary>
    private static int FirstNameStart(string text, int floor, int end)
    {
        var last = RunStart(text, end);
        if (!IsWholeToken(text, last, end) || last < 1 || !char.IsWhiteSpace(text[last - 1])) return -1;
        var middle = RunStart(text, last - 1);
        if (IsWholeToken(text, middle, last - 1) && middle >= 1 && char.IsWhiteSpace(text[middle - 1])
            && FirstCapital(text, Math.Max(floor, RunStart(text, middle - 1)), middle - 1) is >= 0 and var three)
            return three;
        return FirstCapital(text, Math.Max(floor, middle), last - 1);
    }

    /// <summary>The first capital in [<paramref name="from"/>, <paramref name="runEnd"/> - 2]: a token from there to the run's end has two characters or more.</summary>
    private static int FirstCapital(string text, int from, int runEnd)
    {
        for (var at = from; at <= runEnd - 2; at++)
            if (char.IsUpper(text[at])) return at;
        return -1;
    }

    private static bool IsWholeToken(string text, int start, int end) => end - start >= 2 && char.IsUpper(text[start]);

    private static int RunStart(string text, int end)
    {
        var start = end;
        while (start > 0 && IsTokenChar(text[start - 1])) start--;
        return start;
    }

    private static int TokenEnd(string text, int start)
    {
        if (start >= text.Length || !char.IsUpper(text[start])) return -1;
        var end = start + 1;
        while (end < text.Length && IsTokenChar(text[end])) end++;
        return end - start >= 2 ? end : -1;
    }

    private static bool IsTokenChar(char c) => TextPatterns.IsLetterOrMark(c) || c == '-';
}
