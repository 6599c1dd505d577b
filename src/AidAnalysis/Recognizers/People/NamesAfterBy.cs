using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>
/// The names a byline or credit lists after its "by" ("By Anna Berg", "by Anna Berg, Lin Wei and J. Lee"), read from the tokens
/// within <see cref="Window"/> characters: one whitespace character, then up to five person's names (<see cref="PersonNameAt"/>),
/// each after the first joined by a comma and one whitespace character or by "and" with one on either side.
/// </summary>
internal static class NamesAfterBy
{
    /// <summary>How far after "by" its names are read.</summary>
    public const int Window = 300;

    /// <summary>The most names one credit lists.</summary>
    public const int MostNames = 5;

    /// <summary>Reads the names after the "by" token <paramref name="by"/> into <paramref name="names"/> (room for
    /// <see cref="MostNames"/>) and returns how many were read.</summary>
    public static int Read(TokenLayer tokens, int by, Span<Span> names)
    {
        var byEnd = tokens[by].End;
        var limit = byEnd + Math.Min(tokens.Text.Length - byEnd, Window);
        var next = by + 1;
        if (!OneWhitespaceBetween(tokens, next)) return 0;
        var count = 0;
        while (count < names.Length && PersonNameAt.End(tokens, next, limit) is (>= 0 and var end, var after))
        {
            names[count++] = new Span(tokens[next].Start, end);
            // The next name after ", " or " and ", one whitespace character on either side (the name must open right there).
            var joined = tokens.IsMark(after, ',') && tokens[after].Start == end && end + 1 < limit
                || tokens.IsExactly(after, "and") && tokens[after].Start == end + 1 && tokens[after - 1].End <= end && tokens[after].End < limit;
            if (!joined || !OneWhitespaceBetween(tokens, after + 1)) break;
            next = after + 1;
        }
        return count;
    }

    /// <summary>Whether token <paramref name="index"/> starts one whitespace character after the token before it.</summary>
    private static bool OneWhitespaceBetween(TokenLayer tokens, int index) => tokens.SpacedFromPrevious(index, WordSpacing.OneWhitespace);
}
