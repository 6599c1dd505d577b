using System.Globalization;
using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Pipeline stage that finds explicit years ("in 2025"), relative ones ("next year") and days or months
/// that date an event within the publication's year ("on Tuesday", "this week", "in January"), resolved
/// against the publication date or, failing that, a dateline near the top ("29 October 2008").
/// </summary>
public sealed partial class YearRecognizer : IPipelineStage
{
    private static readonly Regex Explicit = TextPatterns.Create(@"\b(?:FY\s?)?(?:19[5-9][0-9]|20[0-9][0-9])\b");
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    // Read only in the first few hundred characters, where a dateline stands.
    [GeneratedRegex($@"\b(?:(?<d1>[0-9]{{1,2}})\s(?<m1>{Months})\.?,?\s(?<y1>(?:19|20)[0-9][0-9])|(?<m2>{Months})\.?\s(?<d2>[0-9]{{1,2}}),?\s(?<y2>(?:19|20)[0-9][0-9])|(?<y3>(?:19|20)[0-9][0-9])-(?<m3>[0-9][0-9])-(?<d3>[0-9][0-9]))\b", TextPatterns.WindowOptions)]
    private static partial Regex Dateline { get; }
    private const int DatelineReach = 400;

    private static readonly Regex Relative = TextPatterns.Create(@"\b(?:[Tt]his|[Nn]ext|[Ll]ast|[Pp]revious|[Cc]oming|[Cc]urrent)\s(?:fiscal\s|financial\s|calendar\s)?year\b");
    private const string FullMonths = "January|February|March|April|May|June|July|August|September|October|November|December";
    /// <summary>A day or month without a year: "today", "on Tuesday", "last week", "in January", "March 3". "May" counts
    /// only after a preposition or before a day number, where it cannot be the verb.</summary>
    private static readonly Regex DayOrMonth = TextPatterns.Create(
        $@"\b(?:[Tt]oday|[Yy]esterday|[Tt]onight|[Tt]his\s(?:week|month|morning)|[Ll]ast\s(?:week|month)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
        + $@"|(?:[Ii]n\s)?(?:the\s)?(?:past|last)\s(?:few\s|two\s|three\s|several\s)?(?:days|weeks)|(?:a|one|two|three|four|several|few)\s(?:days?|weeks?)\sago"
        + $@"|(?:in|on|by|until|during|since|last|this|early|late|mid-|end of|earlier in|later in)\s(?:{FullMonths})|(?:{Months})\.?\s[0-9]{{1,2}})\b");

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var text = document.Text;
        var dateline = DatelineDate(text);
        var referenceDate = document.Article.Metadata.Published ?? dateline;
        var reference = referenceDate?.Year;
        var years = new List<YearMention>();
        // Bounds only, no capture groups: the year is the match's last four digits, the relative word its first word.
        foreach (var m in Explicit.EnumerateMatches(text))
        {
            if (document.MoneyOverlapping(new Span(m.Index, m.Index + m.Length)).Any()) continue;
            years.Add(new YearMention(new Span(m.Index, m.Index + m.Length), int.Parse(text.AsSpan(m.Index + m.Length - 4, 4)), null));
        }
        // Relative years all end in "year": a text without the word is not scanned for them.
        if (text.Contains("year", StringComparison.Ordinal))
            foreach (var m in Relative.EnumerateMatches(text))
            {
                var which = text.AsSpan(m.Index, m.Length);
                which = which[..which.IndexOfAny(TextPatterns.Whitespace)];
                var offset = which.Equals("next", StringComparison.OrdinalIgnoreCase) || which.Equals("coming", StringComparison.OrdinalIgnoreCase) ? 1
                    : which.Equals("last", StringComparison.OrdinalIgnoreCase) || which.Equals("previous", StringComparison.OrdinalIgnoreCase) ? -1
                    : 0;
                years.Add(new YearMention(new Span(m.Index, m.Index + m.Length), reference + offset, offset));
            }
        if (referenceDate is { } date)
            foreach (var m in DayOrMonth.EnumerateMatches(text))
            {
                // "in January 2024", "March 3, 2023": the explicit year is already a mention of its own; "Sunday’s
                // earthquake", "today’s announcement" date another event than the money.
                var after = text.AsSpan(m.Index + m.Length, Math.Min(8, text.Length - m.Index - m.Length));
                if (Explicit.IsMatch(after) || after.StartsWith("’s", StringComparison.Ordinal) || after.StartsWith("'s", StringComparison.Ordinal)) continue;
                var year = YearOfDayOrMonth(text.AsSpan(m.Index, m.Length), date);
                years.Add(new YearMention(new Span(m.Index, m.Index + m.Length), year, year - date.Year));
            }
        years.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return document with { Years = years, ReferenceDate = referenceDate, DatelineDate = dateline };
    }

    /// <summary>The year of a day or month seen from the publication date: a weekday or "last week" is the latest
    /// one before it; a month up to three ahead is this year's (plans), a later one last year's (reports).</summary>
    private static int YearOfDayOrMonth(ReadOnlySpan<char> phrase, DateOnly date)
    {
        if (phrase.StartsWith("yesterday", StringComparison.OrdinalIgnoreCase)) return date.AddDays(-1).Year;
        if (phrase.Equals("last week", StringComparison.OrdinalIgnoreCase)) return date.AddDays(-7).Year;
        if (phrase.Equals("last month", StringComparison.OrdinalIgnoreCase)) return date.AddMonths(-1).Year;
        // "two weeks ago", "in the past few days": within a month of the publication.
        if (phrase.EndsWith("ago", StringComparison.Ordinal) || phrase.EndsWith("days", StringComparison.Ordinal) || phrase.EndsWith("weeks", StringComparison.Ordinal))
            return date.AddDays(-14).Year;
        if (phrase.EndsWith("day", StringComparison.Ordinal) && !phrase.Equals("today", StringComparison.OrdinalIgnoreCase))
            return date.AddDays(-6).Year == date.Year ? date.Year : WeekdayBefore(phrase, date).Year;
        var month = MonthIn(phrase);
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

    private static int MonthIn(ReadOnlySpan<char> phrase)
    {
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (var i = 0; i < 12; i++)
            if (phrase.Contains(names[i].AsSpan(0, 3), StringComparison.Ordinal)) return i + 1;
        return 0;
    }

    private static DateOnly? DatelineDate(string text)
    {
        var m = Dateline.Match(text, 0, Math.Min(text.Length, DatelineReach));
        if (!m.Success) return null;
        var (day, month, year) = m.Groups["y1"].Success ? (m.Groups["d1"].Value, m.Groups["m1"].Value, m.Groups["y1"].Value)
            : m.Groups["y2"].Success ? (m.Groups["d2"].Value, m.Groups["m2"].Value, m.Groups["y2"].Value)
            : (m.Groups["d3"].Value, m.Groups["m3"].Value, m.Groups["y3"].Value);
        var monthNumber = int.TryParse(month, out var n) ? n
            : DateTime.TryParseExact(month.Length > 3 ? month[..3] : month, "MMM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed.Month : 0;
        return monthNumber is >= 1 and <= 12 && int.TryParse(day, out var d) && d >= 1 && d <= DateTime.DaysInMonth(int.Parse(year), monthNumber)
            ? new DateOnly(int.Parse(year), monthNumber, d) : null;
    }
}
