using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>A running total counted from an earlier year ("has spent $4 billion on the region since 2016", "raising its
/// support since May 2020 to $300 million") spans several years, so it has no one year (SCHEMA.md): the "since" year stands
/// after the amount with no comma between, or inside the running-total wording that ends right before it.</summary>
internal sealed partial class SinceEarlierYear(RunningTotalWording wording)
{
    /// <summary>"since the drought began in", "since its founding in": a "since" phrase of a few words, with no clause break,
    /// that the year right after it ends.</summary>
    [GeneratedRegex(@"\b[Ss]ince\s(?:[^\s,;.]+\s){1,6}$", TextPatterns.WindowOptions)]
    private static partial Regex SincePhraseBefore { get; }

    public bool Counts(AnalysisDocument doc, Span window, Span amount)
    {
        if (doc.ReferenceYear is not { } reference || doc.Years.Count == 0) return false;
        var text = doc.Text;
        bool? bringsTo = null;
        foreach (var y in doc.YearsWithin(window))
        {
            if (y.Year is not { } year || year >= reference || !Follows(text, window, y.Span)) continue;
            // After the amount, the "since" phrase is of its own clause only with no comma between ("$5 million, ..., and
            // 3,000 families have moved since 2022" speaks of something else).
            if (y.Span.Start >= amount.End ? !text.AsSpan()[amount.End..y.Span.Start].Contains(',')
                : bringsTo ??= wording.EndsBefore(doc.Tokens, new Span(window.Start, amount.Start)))
                return true;
        }
        return false;
    }

    /// <summary>Whether a year ends a "since" phrase: "since 2021", "since October 2023", "since the floods began in May 2019".</summary>
    public static bool Follows(string text, Span scope, Span year) =>
        text.AsSpan(Math.Max(scope.Start, year.Start - 20)..year.Start).Contains("since", StringComparison.OrdinalIgnoreCase)
        || SincePhraseBefore.IsMatch(text.AsSpan()[Math.Max(scope.Start, year.Start - 70)..year.Start]);
}
