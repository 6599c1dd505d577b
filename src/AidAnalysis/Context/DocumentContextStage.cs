using System.Text.RegularExpressions;
using AidAnalysis.Frames;
using AidAnalysis.Lexicons;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Context;

/// <summary>
/// Pipeline stage that reads the article as a whole once (<see cref="DocumentContext"/>): the dates it speaks from, its
/// headline, byline and dateline and what they name, its dominant aid type, and the home state its own stage read. The headline's giver, receiver and
/// aid type are read with the funding frame's own verbs, aid nouns and markers, so both agree on what a headline says.
/// </summary>
public sealed partial class DocumentContextStage(Lexicon lexicon, FundingBuilder fundingRules) : IPipelineStage
{
    /// <summary>"3 March 2021", "Sept. 3, 2021", "2021-03-03", read only in the first few hundred characters, where a dateline
    /// stands. The month is any whole capitalised word here, and a month only where the lexicon lists it (months.tsv).</summary>
    [GeneratedRegex(@"\b(?:(?<d1>[0-9]{1,2})\s(?<m1>\p{Lu}\p{L}*)\.?,?\s(?<y1>(?:19|20)[0-9][0-9])|(?<m2>\p{Lu}\p{L}*)\.?\s(?<d2>[0-9]{1,2}),?\s(?<y2>(?:19|20)[0-9][0-9])|(?<y3>(?:19|20)[0-9][0-9])-(?<m3>[0-9][0-9])-(?<d3>[0-9][0-9]))\b", TextPatterns.WindowOptions)]
    private static partial Regex DatelineDatePattern { get; }
    private const int DatelineReach = 400;

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var dateline = DatelineDate(document.Text);
        var read = fundingRules.ReadArticle(document);
        return document with
        {
            Context = read with
            {
                DatelineDate = dateline,
                ReferenceDate = document.Article.Metadata.Published ?? dateline,
                HomeState = document.HomeState,
                Authors = document.Entities.Where(e => e.Type == MentionType.Byline && e.Role == PersonRecognizer.BylineRole).Select(e => e.Canonical).Distinct().ToArray(),
            },
        };
    }

    /// <summary>The first date of the top of the text, if it is a valid one.</summary>
    private DateOnly? DatelineDate(string text)
    {
        // The top is read as if the text ended there. A match whose word is no month is passed over for the next start,
        // where a later date may begin ("Monday 3, 2021" is none; no date starts inside the word either).
        var top = text.Length > DatelineReach ? text[..DatelineReach] : text;
        var m = DatelineDatePattern.Match(top);
        while (m.Success && !m.Groups["y3"].Success && lexicon.Months.NumberOf((m.Groups["y1"].Success ? m.Groups["m1"] : m.Groups["m2"]).ValueSpan) == 0)
            m = DatelineDatePattern.Match(top, m.Index + 1);
        if (!m.Success) return null;
        var (day, month, year) = m.Groups["y1"].Success ? (m.Groups["d1"].Value, m.Groups["m1"].Value, m.Groups["y1"].Value)
            : m.Groups["y2"].Success ? (m.Groups["d2"].Value, m.Groups["m2"].Value, m.Groups["y2"].Value)
            : (m.Groups["d3"].Value, m.Groups["m3"].Value, m.Groups["y3"].Value);
        var monthNumber = int.TryParse(month, out var n) ? n : lexicon.Months.NumberOf(month);
        return monthNumber is >= 1 and <= 12 && int.TryParse(day, out var d) && d >= 1 && d <= DateTime.DaysInMonth(int.Parse(year), monthNumber)
            ? new DateOnly(int.Parse(year), monthNumber, d) : null;
    }
}
