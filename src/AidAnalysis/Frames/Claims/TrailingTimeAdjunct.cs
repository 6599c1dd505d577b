using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"according to the army in March", "a statement issued by the agency on Friday": a time adjunct that closes a source
/// phrase dates the statement; it is no part of the source's name. The adjuncts are the time phrases the year scan read
/// (<see cref="YearMatches"/>) and the years of the year layer, with the preposition before a bare year ("in 2025").</summary>
internal static class TrailingTimeAdjunct
{
    /// <summary><paramref name="phrase"/> without the time adjunct that ends it; the phrase itself when none ends it or the
    /// adjunct is all it holds.</summary>
    public static Span Without(AnalysisDocument doc, Span phrase, IReadOnlyDictionary<string, bool> bounds)
    {
        var start = AdjunctStart(doc, phrase);
        if (start <= phrase.Start) return phrase;
        var tokens = doc.Tokens;
        // "in 2025": a preposition (a break word of noun-phrase-words.tsv) written before the year goes with it.
        var before = tokens.LastEndingBy(start);
        if (before >= 0 && tokens[before].Start > phrase.Start && tokens[before].Shape == TokenShape.Lower
            && bounds.TryGetValue(tokens.TextOf(before).ToString(), out var determiner) && !determiner) start = tokens[before].Start;
        var kept = tokens.Trimmed(new Span(phrase.Start, start));
        return kept.Length > 0 ? kept : phrase;
    }

    /// <summary>Where the time phrase that ends <paramref name="phrase"/> starts, or -1.</summary>
    private static int AdjunctStart(AnalysisDocument doc, Span phrase)
    {
        var start = -1;
        if (doc.YearMatches is { } scanned)
            foreach (var list in (IReadOnlyList<TimePhrase>[])[scanned.DayOrMonth, scanned.Relative, scanned.YearsAgo])
                if (LastStartingBefore(list, phrase.End, p => p.Index) is var i and >= 0 && list[i].End == phrase.End && list[i].Index > phrase.Start)
                    start = start < 0 ? list[i].Index : Math.Min(start, list[i].Index);
        foreach (var year in doc.YearsWithin(phrase))
            if (year.Span.End == phrase.End && year.Span.Start > phrase.Start)
                start = start < 0 ? year.Span.Start : Math.Min(start, year.Span.Start);
        return start;
    }

    /// <summary>The index of the last item of a list sorted by start that starts before <paramref name="end"/>, or -1 (a binary
    /// search, so each source costs a logarithm of the text's time phrases).</summary>
    private static int LastStartingBefore<T>(IReadOnlyList<T> items, int end, Func<T, int> start)
    {
        int low = 0, high = items.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (start(items[mid]) < end) (found, low) = (mid, mid + 1);
            else high = mid - 1;
        }
        return found;
    }
}
