using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers;

/// <summary>Pipeline stage that finds explicit years ("in 2025") and relative ones ("next year").</summary>
public sealed class YearRecognizer : IPipelineStage
{
    private static readonly Regex Explicit = TextPatterns.Create(@"\b(?:FY\s?)?(?<year>19[5-9]\d|20\d\d)\b");
    private static readonly Regex Relative = TextPatterns.Create(@"\b(?<which>[Tt]his|[Nn]ext|[Ll]ast|[Pp]revious|[Cc]oming|[Cc]urrent)\s(?:fiscal\s|financial\s|calendar\s)?year\b");

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var text = document.Text;
        var reference = document.Article.Metadata.Published?.Year;
        var years = new List<YearMention>();
        foreach (Match m in Explicit.Matches(text))
        {
            if (document.Money.Any(money => money.Span.Overlaps(new Span(m.Index, m.Index + m.Length)))) continue;
            years.Add(new YearMention(new Span(m.Index, m.Index + m.Length), int.Parse(m.Groups["year"].Value), null));
        }
        foreach (Match m in Relative.Matches(text))
        {
            var offset = m.Groups["which"].Value.ToLowerInvariant() switch
            {
                "next" or "coming" => 1,
                "last" or "previous" => -1,
                _ => 0,
            };
            years.Add(new YearMention(new Span(m.Index, m.Index + m.Length), reference + offset, offset));
        }
        years.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return document with { Years = years };
    }
}
