using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Pipeline stage that finds explicit years ("in 2025", read on the tokens), relative ones ("next year") and days or months
/// that date an event within the publication's year ("on Tuesday", "this week", "in January"), resolved
/// against the reference date of the document context (the publication date, else a dateline near the top).
/// </summary>
public sealed partial class YearRecognizer(IReadOnlyDictionary<string, double> numberWords, MonthNames months,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? timeExpressionWords = null) : IPipelineStage
{
    /// <summary>An explicit year (<see cref="TimeTokenQueries.ExplicitYears"/>) in the few characters after a day or month.</summary>
    [GeneratedRegex(@"\b(?:FY\s?)?(?:19[5-9][0-9]|20[0-9][0-9])\b", TextPatterns.WindowOptions)]
    private static partial Regex Explicit { get; }

    // The patterns below start at common letters, where the backtracking engine would try most words: the non-backtracking
    // engine scans faster. Each is built on first use: the relative years and the years ago only for a text holding "year" or
    // " ago", the days and months only for a text with a date to read them against.
    /// <summary>"next year", "the final three weeks of the year", "earlier in the year": the publication's year or one beside it.</summary>
    private readonly OnDemandPattern _relative = new(@"\b(?:[Tt]his|[Nn]ext|[Ll]ast|[Pp]revious|[Cc]oming|[Cc]urrent)\s(?:fiscal\s|financial\s|calendar\s)?year\b"
        + @"|\b(?:(?:[Ff]irst|[Ll]ast|[Ss]econd|[Tt]hird|[Ff]inal)\s(?:\p{Ll}+\s)?(?:months|half|quarter|weeks)\sof|[Ee]arlier\sin|[Ll]ater\sin)\sthe\syear\b", "year");
    /// <summary>A day or month without a year: "today", "on Tuesday", "last week", "in January", "March 3", "3 March" (the
    /// day-first order of British and UN style). "May" counts
    /// only after a preposition or before a day number, where it cannot be the verb.</summary>
    private readonly Lazy<Regex> _dayOrMonth = new(() => TextPatterns.Create(
        $@"\b(?:[Tt]oday|[Yy]esterday|[Tt]onight|[Tt]his\s(?:week|month|morning)|[Ll]ast\s(?:week|month)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
        + $@"|(?:[Ii]n\s)?(?:the\s)?(?:past|last)\s(?:few\s|two\s|three\s|several\s)?(?:days|weeks)|(?:a|one|two|three|four|several|few)\s(?:days?|weeks?)\sago"
        + $@"|(?:in|on|by|until|during|since|last|this|early|late|mid-|end of|earlier in|later in)\s(?:{months.FullNamePattern})|(?:{months.AnyFormPattern})\.?\s[0-9]{{1,2}}|[0-9]{{1,2}}\s(?:{months.FullNamePattern}))\b"));

    private readonly TimeExpressionGaps? _gaps = timeExpressionWords is null ? null : new TimeExpressionGaps(timeExpressionWords, months);

    /// <summary>"two years ago", "a decade ago", "15 years ago": a year counted back from the publication's.</summary>
    private readonly OnDemandPattern _yearsAgo = new($@"\b(?<count>[0-9]{{1,2}}|{CountWords(numberWords)})\s(?<unit>years?|decades?)\sago\b", " ago");

    /// <summary>The number words that count years back ("a", "two" ... "thirty"): whole numbers up to thirty.</summary>
    private static string CountWords(IReadOnlyDictionary<string, double> numberWords) =>
        TextPatterns.WordAlternation(numberWords.Where(w => w.Value is >= 1 and <= 30 && w.Value == Math.Floor(w.Value)).Select(w => w.Key));

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var text = document.Text;
        var referenceDate = document.ReferenceDate;
        var reference = referenceDate?.Year;
        var years = new List<YearMention>();
        foreach (var (span, year) in document.Tokens.ExplicitYears())
            if (!document.MoneyOverlapping(span).Any()) years.Add(new YearMention(span, year, null));
        // A long text was scanned beside the entity recognizer (the year-scan stage); a short one is scanned here.
        var scanned = document.YearMatches ?? Scan(text, dayOrMonth: referenceDate is not null);
        foreach (var m in scanned.Relative)
        {
            var which = text.AsSpan(m.Index, m.Length);
            var ofTheYear = which.EndsWith("the year", StringComparison.Ordinal);
            which = which[..which.IndexOfAny(TextPatterns.Whitespace)];
            var offset = ofTheYear ? 0 : which.Equals("next", StringComparison.OrdinalIgnoreCase) || which.Equals("coming", StringComparison.OrdinalIgnoreCase) ? 1
                : which.Equals("last", StringComparison.OrdinalIgnoreCase) || which.Equals("previous", StringComparison.OrdinalIgnoreCase) ? -1
                : 0;
            years.Add(new YearMention(new Span(m.Index, m.Index + m.Length), reference + offset, offset));
        }
        if (reference is { } published)
            foreach (var m in _yearsAgo.Matches(text))
            {
                var count = m.Groups["count"].Value;
                var back = (int)(int.TryParse(count, out var digits) ? digits : (numberWords.TryGetValue(count, out var word) ? word : 0))
                    * (m.Groups["unit"].Value.StartsWith("decade", StringComparison.Ordinal) ? 10 : 1);
                if (back > 0) years.Add(new YearMention(new Span(m.Index, m.Index + m.Length), published - back, -back));
            }
        if (referenceDate is { } date)
            foreach (var m in scanned.DayOrMonth)
            {
                // "in January 2024", "March 3, 2023": the explicit year is already a mention of its own; "Sunday’s
                // earthquake", "today’s announcement" date another event than the money.
                var after = text.AsSpan(m.Index + m.Length, Math.Min(8, text.Length - m.Index - m.Length));
                if (Explicit.IsMatch(after) || Possessive.Opens(after)
                    || _gaps?.RelativeYearFollows(text.AsSpan(m.Index + m.Length, Math.Min(12, text.Length - m.Index - m.Length))) == true) continue;
                var year = _gaps?.ForwardYear(text.AsSpan(m.Index, m.Length), date) ?? YearOfDayOrMonth(text.AsSpan(m.Index, m.Length), date);
                years.Add(new YearMention(new Span(m.Index, m.Index + m.Length), year, year - date.Year));
            }
        years.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return document with { Years = years };
    }

    /// <summary>The stage that finds where the relative-year and day-or-month patterns match (<see cref="Layer.YearMatches"/>)
    /// from the text alone, on a text long enough that the pipeline runs its stages side by side; a shorter one is left to
    /// the years stage, which skips the day-or-month scan when the text has no reference date.</summary>
    public IPipelineStage Scanner => new YearScan(this);

    private sealed class YearScan(YearRecognizer years) : IPipelineStage
    {
        public AnalysisDocument Run(AnalysisDocument document) => document.Text.Length < AnalysisPipeline.ConcurrentFromLength
            ? document
            : document with { YearMatches = years.Scan(document.Text, dayOrMonth: true) };
    }

    /// <summary>Bounds of the relative-year matches and, if asked, of the day-or-month matches (with the gap expressions), in text order.</summary>
    private YearMatches Scan(string text, bool dayOrMonth)
    {
        var relative = _relative.Bounds(text);
        var days = new List<(int, int)>();
        if (!dayOrMonth) return new YearMatches(relative, days);
        foreach (var m in _dayOrMonth.Value.EnumerateMatches(text)) days.Add((m.Index, m.Length));
        // The gap expressions join the day-or-month matches here, so that a long text scans for them beside the entities too.
        return new YearMatches(relative, _gaps is null ? days : _gaps.With(days, text));
    }

    /// <summary>The year of a day or month seen from the publication date: a weekday or "last week" is the latest
    /// one before it; a month up to three ahead is this year's (plans), a later one last year's (reports).</summary>
    private int YearOfDayOrMonth(ReadOnlySpan<char> phrase, DateOnly date)
    {
        if (phrase.StartsWith("yesterday", StringComparison.OrdinalIgnoreCase)) return date.AddDays(-1).Year;
        if (phrase.Equals("last week", StringComparison.OrdinalIgnoreCase)) return date.AddDays(-7).Year;
        if (phrase.Equals("last month", StringComparison.OrdinalIgnoreCase)) return date.AddMonths(-1).Year;
        // "two weeks ago", "in the past few days": within a month of the publication.
        if (phrase.EndsWith("ago", StringComparison.Ordinal) || phrase.EndsWith("days", StringComparison.Ordinal) || phrase.EndsWith("weeks", StringComparison.Ordinal))
            return date.AddDays(-14).Year;
        if (phrase.EndsWith("day", StringComparison.Ordinal) && !phrase.Equals("today", StringComparison.OrdinalIgnoreCase))
            return date.AddDays(-6).Year == date.Year ? date.Year : WeekdayBefore(phrase, date).Year;
        var month = months.NumberIn(phrase);
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
