using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Pipeline stage that finds explicit years ("in 2025"), relative ones ("next year") and days or months
/// that date an event within the publication's year ("on Tuesday", "this week", "in January"), resolved
/// against the reference date of the document context (the publication date, else a dateline near the top); all read on
/// the tokens (<see cref="TimeTokenQueries.ExplicitYears"/>, <see cref="TimePhrases"/>, <see cref="TimeExpressionGaps"/>).
/// </summary>
public sealed class YearRecognizer : IPipelineStage
{
    private readonly TimeExpressionGaps _gaps;
    private readonly MonthTense _tense;
    /// <summary>The relative years, years ago, days or months and gap expressions (readers 0 to 3) in one walk.</summary>
    private readonly TimePhraseScan _scan;

    public YearRecognizer(IReadOnlyDictionary<string, double> numberWords, MonthNames months,
        IReadOnlyDictionary<string, IReadOnlyList<string>> timeExpressionWords)
    {
        var phrases = new TimePhrases(numberWords, months, timeExpressionWords);
        _gaps = new TimeExpressionGaps(timeExpressionWords, months);
        _tense = new MonthTense(timeExpressionWords);
        _scan = new TimePhraseScan(phrases.RelativeYearReader, phrases.YearsAgoReader, phrases.DayOrMonthReader, _gaps.Reader);
    }

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var referenceDate = document.ReferenceDate;
        var reference = referenceDate?.Year;
        var years = new List<YearMention>();
        var explicitYears = tokens.ExplicitYears();
        foreach (var (span, year) in explicitYears)
            if (!document.MoneyOverlapping(span).Any()) years.Add(new YearMention(span, year, null));
        var scanned = document.YearMatches ?? throw new InvalidOperationException("years: the year-scan stage has not run");
        foreach (var m in scanned.Relative) years.Add(new YearMention(new Span(m.Index, m.End), reference + m.Value, m.Value));
        if (reference is { } published)
            foreach (var m in scanned.YearsAgo)
                if (m.Value < 0) years.Add(new YearMention(new Span(m.Index, m.End), published + m.Value, m.Value));
        if (referenceDate is { } date)
        {
            var next = 0;
            foreach (var m in scanned.DayOrMonth)
            {
                // "in January 2024", "March 3, 2023": the explicit year (within the eight characters after) is already a mention
                // of its own; "Sunday’s earthquake", "today’s announcement" date another event than the money.
                while (next < explicitYears.Count && explicitYears[next].Span.End < m.End + 4) next++;
                if (next < explicitYears.Count && explicitYears[next].Span.End <= m.End + 8 || tokens.PossessiveAt(m.End)
                    || _gaps.RelativeYearFollows(tokens, m.End)) continue;
                var phrase = text.AsSpan(m.Index, m.Length);
                var year = _gaps.ForwardYear(tokens, m, date) ?? TensedMonthYear(document, m, phrase, date) ?? YearOfDayOrMonth(phrase, m.Value, date);
                years.Add(new YearMention(new Span(m.Index, m.End), year, year - date.Year));
            }
        }
        years.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return document with { Years = years };
    }

    /// <summary>The stage that reads the time phrases on the tokens (<see cref="Layer.YearMatches"/>) before the reference date
    /// is known: on a long text it runs beside the entity recognizer.</summary>
    public IPipelineStage Scanner => new YearScan(this);

    private sealed class YearScan(YearRecognizer years) : IPipelineStage
    {
        public AnalysisDocument Run(AnalysisDocument document) => document with { YearMatches = years.Scan(document.Tokens) };
    }

    /// <summary>The relative years, the years ago and the days or months with the gap expressions, each in text order, read in
    /// one walk over the tokens.</summary>
    private YearMatches Scan(TokenLayer tokens)
    {
        var read = _scan.Read(tokens);
        var days = read[2];
        return new YearMatches(read[0], read[1], TimeExpressionGaps.With(days, read[3]));
    }

    /// <summary>The year of a month ("in October", "by the end of September", not "last October") by the tense of its clause
    /// (<see cref="MonthTense"/>), or null.</summary>
    private int? TensedMonthYear(AnalysisDocument document, TimePhrase m, ReadOnlySpan<char> phrase, DateOnly date) =>
        m.Value > 0 && !phrase.StartsWith("last", StringComparison.OrdinalIgnoreCase)
            ? _tense.YearOf(document.Tokens, document.Clauses, new Span(m.Index, m.End), m.Value, date) : null;

    /// <summary>The year of a day or month seen from the publication date, where no tense tells it: a weekday or "last week" is the latest
    /// one before it; a month up to three ahead is this year's (plans), a later one last year's (reports).</summary>
    private static int YearOfDayOrMonth(ReadOnlySpan<char> phrase, int month, DateOnly date)
    {
        if (phrase.StartsWith("yesterday", StringComparison.OrdinalIgnoreCase)) return date.AddDays(-1).Year;
        if (phrase.Equals("last week", StringComparison.OrdinalIgnoreCase)) return date.AddDays(-7).Year;
        if (phrase.Equals("last month", StringComparison.OrdinalIgnoreCase)) return date.AddMonths(-1).Year;
        // "two weeks ago", "in the past few days": within a month of the publication.
        if (phrase.EndsWith("ago", StringComparison.Ordinal) || phrase.EndsWith("days", StringComparison.Ordinal) || phrase.EndsWith("weeks", StringComparison.Ordinal))
            return date.AddDays(-14).Year;
        if (phrase.EndsWith("day", StringComparison.Ordinal) && !phrase.Equals("today", StringComparison.OrdinalIgnoreCase))
            return date.AddDays(-6).Year == date.Year ? date.Year : WeekdayBefore(phrase, date).Year;
        if (month == 0) return date.Year;
        if (phrase.StartsWith("last", StringComparison.Ordinal)) return month < date.Month ? date.Year : date.Year - 1;
        return month <= date.Month + 3 ? date.Year : date.Year - 1;
    }

    private static DateOnly WeekdayBefore(ReadOnlySpan<char> phrase, DateOnly date)
    {
        for (var back = 0; back < 7; back++)
            if (phrase.StartsWith(date.AddDays(-back).DayOfWeek.ToString(), StringComparison.Ordinal)) return date.AddDays(-back);
        return date;
    }
}
