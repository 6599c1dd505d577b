using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames;

/// <summary>Years in a scope that can date an amount: not comparisons ("than in 2024"), starting points ("since 2020"),
/// ranges ("2023 to 2027"), years of another noun's relative clause, ends of a loan's term or of a later period ("until May 2027"), or a year that introduces another amount ("next year, $3 million").</summary>
internal sealed class CandidateYears(AttributeWords words, YearRange range, SinceEarlierYear since, RelativeFiscalYear fiscal, RunningTotalReportingDay reportingDay, SpanToLaterYear spanToLaterYear)
{
    private readonly RelativeClauseYear _relative = new(words);

    public List<YearMention> In(AnalysisDocument doc, Span scope, Span amount, bool explicitOnly)
    {
        var text = doc.Text;
        var candidates = new List<YearMention>();
        if (doc.Years.Count == 0) return candidates;
        // Whether the amount follows running-total wording: read only when a day word is a candidate, and then once.
        bool? total = null;
        foreach (var y in doc.YearsWithin(scope))
        {
            if (y.Year is null || explicitOnly && y.RelativeOffset is not null || fiscal.Is(doc.Tokens, y) || reportingDay.IsDay(doc.Tokens, y) && (total ??= reportingDay.Totals(doc.Tokens, scope, amount))
                // "a loan due for repayment in 2030", "bonds maturing in 2030": the end of a loan's term, not the figure's year.
                || HoldsAny(doc, new Span(Math.Max(scope.Start, y.Span.Start - 25), y.Span.Start), words.LoanTermStems, StringComparison.OrdinalIgnoreCase)
                || HoldsAny(doc, new Span(Math.Max(scope.Start, y.Span.Start - 8), y.Span.Start), words.ComparisonWords, StringComparison.Ordinal)
                    && !text.AsSpan(y.Span.Start, y.Span.Length).EndsWith("ago", StringComparison.Ordinal)
                // "since 2020", "since the floods began in May 2019" start a span of years; "since June" stays within the publication's year.
                || y.RelativeOffset is null && since.Follows(doc.Tokens, scope, y.Span)
                // "a facility that runs until May 2027": the end of the amount's period, not its year ("until 2028, the year
                // when $X will be needed" dates the amount after it).
                || y.Span.Start >= amount.End && spanToLaterYear.Closes(doc, y, scope.Start)
                || range.In(doc.Tokens, new Span(Math.Max(scope.Start, y.Span.Start - 15), Math.Min(scope.End, y.Span.End + 10)))
                // "UNRWA, which donors stopped funding in 2024": a relative clause's year dates its own noun's event.
                || _relative.DatesOtherNoun(doc.Tokens, scope, y.Span, amount))
                continue;
            // "..., and next year, $3 million": a year that introduces another amount belongs to it.
            var introducesAmount = false;
            foreach (var m in doc.MoneyOverlapping(new Span(y.Span.End, Math.Min(text.Length, y.Span.End + 4))))
                introducesAmount |= m.Span.Start != amount.Start && m.Span.Start >= y.Span.End && text.AsSpan(y.Span.End..m.Span.Start).Trim() is "" or ",";
            if (!introducesAmount) candidates.Add(y);
        }
        return candidates;
    }

    /// <summary>The nearest within <paramref name="reach"/>, a year before the amount counting 20 characters further; at a
    /// tie, the first.</summary>
    public int? Nearest(AnalysisDocument doc, Span window, Span amount, int reach, bool explicitOnly)
    {
        int? nearest = null;
        var best = int.MaxValue;
        foreach (var y in In(doc, window, amount, explicitOnly))
        {
            if (y.Span.DistanceTo(amount) > reach) continue;
            var distance = y.Span.DistanceTo(amount) + (y.Span.Start < amount.Start ? 20 : 0);
            if (distance < best) (nearest, best) = (y.Year, distance);
        }
        return nearest;
    }

    /// <summary>Whether a token inside <paramref name="window"/> holds one of <paramref name="parts"/> (in its part there).</summary>
    private static bool HoldsAny(AnalysisDocument doc, Span window, string[] parts, StringComparison comparison)
    {
        foreach (var part in parts)
            if (doc.Tokens.AnyContains(window, part, comparison)) return true;
        return false;
    }
}
