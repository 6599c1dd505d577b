using AidAnalysis.Model;

namespace AidAnalysis.Frames;

/// <summary>"The grant is divided as follows:" then "SEK 40 million for seed and tools ...": a line that
/// opens with its amount, in a block of unpunctuated lines a line ending with a colon introduces, is a list line without a
/// bullet (press-release lists whose markers were lost in copying).</summary>
internal static class ColonListLine
{
    /// <summary>How many lines above the amount's the introducing colon may stand (the list's earlier lines between).</summary>
    private const int MaxLinesUp = 12;
    /// <summary>List lines are short; a longer line is prose.</summary>
    private const int MaxLineLength = 200;

    public static bool Holds(string text, Span amount)
    {
        var lineStart = LineStart(text, amount.Start);
        if (lineStart < 0 || !text.AsSpan(lineStart, amount.Start - lineStart).IsWhiteSpace()) return false;
        var end = lineStart - 1;
        for (var lines = 0; end > 0 && lines < MaxLinesUp; lines++)
        {
            var start = LineStart(text, end);
            if (start < 0) return false;
            var line = text.AsSpan(start, end - start).Trim();
            end = start - 1;
            if (line.IsEmpty) continue;
            if (line[^1] == ':') return true;
            if (line.Length > MaxLineLength || line[^1] is '.' or '!' or '?' or '"' or '”') return false;
        }
        return false;
    }

    /// <summary>Where the line that runs up to <paramref name="end"/> starts, or -1 when it starts more than
    /// <see cref="MaxLineLength"/> characters back: such a line is prose, and it is never searched to its start, so a
    /// text of one long line with many amounts costs a bounded look-back per amount, not a line's length.</summary>
    private static int LineStart(string text, int end)
    {
        if (end == 0) return 0;
        var reach = Math.Min(end, MaxLineLength + 1);
        var newline = text.LastIndexOf('\n', end - 1, reach);
        return newline >= 0 ? newline + 1 : end - reach == 0 ? 0 : -1;
    }
}
