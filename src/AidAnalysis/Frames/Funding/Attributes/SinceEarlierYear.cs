using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>A running total counted from an earlier year ("has spent $4 billion on the region since 2016", "raising its
/// support since May 2020 to $300 million") spans several years, so it has no one year (SCHEMA.md): the "since" year stands
/// after the amount with no comma between, or inside the running-total wording that ends right before it.</summary>
internal sealed class SinceEarlierYear(AttributeWords words)
{
    /// <summary>How far before the year "since" is looked for in a word, and how many words a "since" phrase may hold before
    /// the year (its words, not their length, bound it).</summary>
    private const int SinceReach = 20, PhraseWords = 6;

    /// <param name="runningTotal">Whether running-total wording ends right before the amount (<see cref="RunningTotalWording.EndsBefore(TokenLayer, Span)"/>),
    /// read once per amount by the funding stage.</param>
    public bool Counts(AnalysisDocument doc, Span window, Span amount, bool runningTotal)
    {
        if (doc.ReferenceYear is not { } reference || doc.Years.Count == 0) return false;
        var tokens = doc.Tokens;
        foreach (var y in doc.YearsWithin(window))
        {
            if (y.Year is not { } year || year >= reference || !Follows(tokens, window, y.Span)) continue;
            // After the amount, the "since" phrase is of its own clause only with no comma between ("$5 million, ..., and
            // 3,000 families have moved since 2022" speaks of something else).
            if (y.Span.Start >= amount.End ? !tokens.AnyHolds(new Span(amount.End, y.Span.Start), ',')
                : runningTotal)
                return true;
        }
        return false;
    }

    /// <summary>Whether a year ends a "since" phrase: "since 2021", "since October 2023", "since the floods began in May 2019":
    /// "since" written in a word within 20 characters before the year, or opening up to six words before it, one whitespace
    /// character apart, with no comma, semicolon or full stop among them.</summary>
    public bool Follows(TokenLayer tokens, Span scope, Span year)
    {
        foreach (var since in words.SinceWords)
            if (tokens.AnyContains(new Span(Math.Max(scope.Start, year.Start - SinceReach), year.Start), since)) return true;
        Span<(int First, int Last)> chunks = stackalloc (int, int)[PhraseWords + 1];
        var count = tokens.ChunksBefore(new Span(scope.Start, year.Start), chunks);
        for (var k = 0; k < count; k++)
        {
            if (k > 0 && IsSince(tokens, chunks[k].Last)) return true;
            for (var i = chunks[k].First; i <= chunks[k].Last; i++)
                if (tokens.TextOf(i).ContainsAny(',', ';', '.')) return false;
        }
        return false;
    }

    /// <summary>"since" or "Since", a whole word.</summary>
    private bool IsSince(TokenLayer tokens, int i)
    {
        var word = tokens.TextOf(i);
        foreach (var since in words.SinceWords)
            if (word.Length == since.Length && char.ToLowerInvariant(word[0]) == since[0] && word[1..].SequenceEqual(since.AsSpan(1))) return true;
        return false;
    }
}
