using AidAnalysis.Model;

namespace AidAnalysis.Recognizers.People;

/// <summary>
/// The names a byline or credit lists after its "by" ("By Anna Berg", "by Anna Berg, Lin Wei and J. Lee"), read by hand within
/// <see cref="Window"/> characters: one whitespace character, then up to five person's names (<see cref="PersonNameAt"/>), each
/// after the first joined by a comma and one whitespace character or by "and" with one on either side.
/// </summary>
internal static class NamesAfterBy
{
    /// <summary>How far after "by" its names are read.</summary>
    public const int Window = 300;

    /// <summary>The most names one credit lists.</summary>
    public const int MostNames = 5;

    /// <summary>Reads the names after the "by" ending at <paramref name="byEnd"/> into <paramref name="names"/> (room for
    /// <see cref="MostNames"/>) and returns how many were read.</summary>
    public static int Read(string text, int byEnd, Span<Span> names)
    {
        var limit = byEnd + Math.Min(text.Length - byEnd, Window);
        if (byEnd >= limit || !char.IsWhiteSpace(text[byEnd])) return 0;
        var start = byEnd + 1;
        var count = 0;
        while (count < names.Length && PersonNameAt.End(text, start, limit) is >= 0 and var end)
        {
            names[count++] = new Span(start, end);
            if (end + 1 < limit && text[end] == ',' && char.IsWhiteSpace(text[end + 1])) start = end + 2;
            else if (end + 4 < limit && char.IsWhiteSpace(text[end]) && text.AsSpan(end + 1, 3) is "and" && char.IsWhiteSpace(text[end + 4])) start = end + 5;
            else break;
        }
        return count;
    }
}
