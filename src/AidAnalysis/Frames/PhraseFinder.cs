using AidAnalysis.Model;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>Finds lexicon phrases as whole words (case-insensitive) inside a window of the text.</summary>
internal static class PhraseFinder
{
    public static IEnumerable<(T Entry, Span Span)> Find<T>(string text, Span window, IEnumerable<T> entries, Func<T, string> phrase)
    {
        foreach (var entry in entries)
        {
            var p = phrase(entry);
            var from = window.Start;
            while (from < window.End)
            {
                var i = text.IndexOf(p, from, window.End - from, StringComparison.OrdinalIgnoreCase);
                if (i < 0) break;
                if (TextPatterns.IsWholeWord(text, i, i + p.Length)) yield return (entry, new Span(i, i + p.Length));
                from = i + 1;
            }
        }
    }

    /// <summary>Distance between a cue and an anchor span (0 when they touch).</summary>
    public static int Distance(Span cue, Span anchor) =>
        cue.End <= anchor.Start ? anchor.Start - cue.End : cue.Start >= anchor.End ? cue.Start - anchor.End : 0;
}
