using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers;

/// <summary>
/// "Aryeh Stone and Carla Lee": two names of two or three capitalised runs joined by "and", found from each "and" token. A run
/// is a stretch of tokens written against each other that are words of letters, hyphens or combining marks (what
/// <c>[\p{L}\p{M}-]</c> reads); a name's run opens with a capital and holds two characters or more, and only the first run of
/// the first name may start inside a run ("x-Anna Berg and ..."). One whitespace character stands between runs and around
/// "and". Matches come in text order and never overlap.
/// </summary>
internal static class NamePairs
{
    public static IEnumerable<(Span A, Span B)> Find(TokenLayer tokens)
    {
        var previousEnd = 0;
        for (var and = 1; and + 1 < tokens.Count; and++)
        {
            if (!tokens.IsExactly(and, "and") || !tokens.SpacedFromPrevious(and, WordSpacing.OneWhitespace)) continue;
            var second = SecondNameEnd(tokens, and + 1);
            if (second < 0) continue;
            var first = FirstNameStart(tokens, previousEnd, and - 1);
            if (first < 0) continue;
            yield return (new Span(first, tokens[and - 1].End), new Span(tokens[and + 1].Start, tokens[second].End));
            previousEnd = tokens[second].End;
        }
    }

    /// <summary>The last token of the two or three runs (three where there are) from token <paramref name="start"/>, which stands
    /// one whitespace character after "and"; -1 if fewer than two.</summary>
    private static int SecondNameEnd(TokenLayer tokens, int start)
    {
        if (!tokens.SpacedFromPrevious(start, WordSpacing.OneWhitespace) || RunFrom(tokens, start) is not (>= 0 and var end)) return -1;
        if (!tokens.SpacedFromPrevious(end + 1, WordSpacing.OneWhitespace) || RunFrom(tokens, end + 1) is not (>= 0 and var second)) return -1;
        return tokens.SpacedFromPrevious(second + 1, WordSpacing.OneWhitespace) && RunFrom(tokens, second + 1) is >= 0 and var third ? third : second;
    }

    /// <summary>The leftmost start, at or after <paramref name="floor"/>, of two or three runs whose last token is <paramref name="last"/>:
    /// three runs start earlier than two, and the first run is read from its first capital that leaves a character after it.</summary>
    private static int FirstNameStart(TokenLayer tokens, int floor, int last)
    {
        if (!IsPart(tokens, last)) return -1;
        var lastStart = RunStart(tokens, last);
        if (!IsWholeRun(tokens, lastStart, last) || !tokens.SpacedFromPrevious(lastStart, WordSpacing.OneWhitespace) || !IsPart(tokens, lastStart - 1)) return -1;
        var middle = RunStart(tokens, lastStart - 1);
        if (IsWholeRun(tokens, middle, lastStart - 1) && tokens.SpacedFromPrevious(middle, WordSpacing.OneWhitespace) && IsPart(tokens, middle - 1)
            && FirstCapital(tokens, RunStart(tokens, middle - 1), middle - 1, floor) is >= 0 and var three)
            return three;
        return FirstCapital(tokens, middle, lastStart - 1, floor);
    }

    /// <summary>The first capital at or after <paramref name="floor"/> in the run of tokens [<paramref name="first"/>, <paramref name="last"/>]
    /// with a character after it in the run; -1 if none.</summary>
    private static int FirstCapital(TokenLayer tokens, int first, int last, int floor)
    {
        var text = tokens.Text;
        var runEnd = tokens[last].End;
        for (var i = first; i <= last; i++)
            for (var at = Math.Max(floor, tokens[i].Start); at < tokens[i].End && at <= runEnd - 2; at++)
                if (char.IsUpper(text[at])) return at;
        return -1;
    }

    /// <summary>The last token of the run that opens with a capital at token <paramref name="start"/> and holds two characters or
    /// more; -1 if none does.</summary>
    private static int RunFrom(TokenLayer tokens, int start)
    {
        if (start >= tokens.Count || !IsPart(tokens, start)) return -1;
        var last = start;
        while (last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End && IsPart(tokens, last + 1)) last++;
        return IsWholeRun(tokens, start, last) ? last : -1;
    }

    private static int RunStart(TokenLayer tokens, int last)
    {
        var first = last;
        while (first > 0 && tokens[first - 1].End == tokens[first].Start && IsPart(tokens, first - 1)) first--;
        return first;
    }

    private static bool IsWholeRun(TokenLayer tokens, int first, int last) =>
        tokens[last].End - tokens[first].Start >= 2 && char.IsUpper(tokens.Text[tokens[first].Start]);

    /// <summary>A word of letters, a hyphen or a combining mark (false for -1).</summary>
    private static bool IsPart(TokenLayer tokens, int i) =>
        tokens.IsLetters(i) || tokens.IsMark(i, '-')
        || ((uint)i < (uint)tokens.Count && tokens[i].Kind == TokenKind.Symbol && TextPatterns.IsLetterOrMark(tokens.Text[tokens[i].Start]));
}
