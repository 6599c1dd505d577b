using System.Text.RegularExpressions;
using AidAnalysis.Frames;
using AidAnalysis.Lexicons;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Context;

/// <summary>
/// Pipeline stage that reads the article as a whole once (<see cref="DocumentContext"/>): the dates it speaks from, its
/// headline, byline and dateline and what they name, its dominant aid type and its home state. The headline's giver, receiver and
/// aid type are read with the funding frame's own verbs, aid nouns and markers, so both agree on what a headline says.
/// </summary>
public sealed class DocumentContextStage(Lexicon lexicon, FundingBuilder fundingRules) : IPipelineStage
{
    /// <summary>"3 March 2021", "Sept. 3, 2021", "2021-03-03": read only in the first few hundred characters, where a dateline
    /// stands, so the backtracking engine's work is bounded.</summary>
    private readonly Regex _datelineDate = new($@"\b(?:(?<d1>[0-9]{{1,2}})\s(?<m1>{lexicon.Months.AnyFormPattern})\.?,?\s(?<y1>(?:19|20)[0-9][0-9])|(?<m2>{lexicon.Months.AnyFormPattern})\.?\s(?<d2>[0-9]{{1,2}}),?\s(?<y2>(?:19|20)[0-9][0-9])|(?<y3>(?:19|20)[0-9][0-9])-(?<m3>[0-9][0-9])-(?<d3>[0-9][0-9]))\b", TextPatterns.WindowOptions);
    private const int DatelineReach = 400;
    /// <summary>The role the person recognizer gives a byline's name, as opposed to a credit ("Photo by ...").</summary>
    private const string AuthorRole = "author";

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var dateline = DatelineDate(document.Text);
        var dates = DocumentContext.None with
        {
            DatelineDate = dateline,
            ReferenceDate = document.Article.Metadata.Published ?? dateline,
            HomeState = StateSalience.HomeCountry(document, lexicon.ClauseOpeners),
            Authors = document.Entities.Where(e => e.Type == MentionType.Byline && e.Role == AuthorRole).Select(e => e.Canonical).Distinct().ToArray(),
        };
        return document with { Context = fundingRules.ReadArticle(document, dates) };
    }

    private DateOnly? DatelineDate(string text)
    {
        var m = _datelineDate.Match(text, 0, Math.Min(text.Length, DatelineReach));
        if (!m.Success) return null;
        var (day, month, year) = m.Groups["y1"].Success ? (m.Groups["d1"].Value, m.Groups["m1"].Value, m.Groups["y1"].Value)
            : m.Groups["y2"].Success ? (m.Groups["d2"].Value, m.Groups["m2"].Value, m.Groups["y2"].Value)
            : (m.Groups["d3"].Value, m.Groups["m3"].Value, m.Groups["y3"].Value);
        var monthNumber = int.TryParse(month, out var n) ? n
            : lexicon.Months.NumberOf(month);
        return monthNumber is >= 1 and <= 12 && int.TryParse(day, out var d) && d >= 1 && d <= DateTime.DaysInMonth(int.Parse(year), monthNumber)
            ? new DateOnly(int.Parse(year), monthNumber, d) : null;
    }
}
