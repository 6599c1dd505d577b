using AidAnalysis.Model;

namespace AidAnalysis.Frames;

/// <summary>"The contribution is distributed as follows:" then "DKK 120 million to the World Food Programme ...": a line that
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
        var lineStart = amount.Start == 0 ? 0 : text.LastIndexOf('\n', amount.Start - 1) + 1;
        if (!text.AsSpan(lineStart, amount.Start - lineStart).IsWhiteSpace()) return false;
        var end = lineStart - 1;
        for (var lines = 0; end > 0 && lines < MaxLinesUp; lines++)
        {
            var start = text.LastIndexOf('\n', end - 1) + 1;
            var line = text.AsSpan(start, end - start).Trim();
            end = start - 1;
            if (line.IsEmpty) continue;
            if (line[^1] == ':') return true;
            if (line.Length > MaxLineLength || line[^1] is '.' or '!' or '?' or '"' or '”') return false;
        }
        return false;
    }
}
