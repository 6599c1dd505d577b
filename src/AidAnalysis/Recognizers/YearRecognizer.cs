using System.Globalization;
using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Pipeline stage that finds explicit years ("in 2025") and relative ones ("next year"), resolved
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
        years.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return document with { Years = years, ReferenceDate = referenceDate, DatelineDate = dateline };
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
