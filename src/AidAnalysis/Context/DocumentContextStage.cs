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
public sealed class DocumentContextStage(Lexicon lexicon, FundingBuilder fundingRules) : IPipelineStage
{
    public AnalysisDocument Run(AnalysisDocument document)
    {
        var dateline = DatelineReader.Read(document, lexicon);
        var read = fundingRules.ReadArticle(document);
        return document with
        {
            Context = read with
            {
                Dateline = dateline,
                ReferenceDate = document.Article.Metadata.Published ?? dateline.Date,
                HomeState = document.HomeState,
                Authors = document.Entities.Where(e => e.Type == MentionType.Byline && e.Role == PersonRecognizer.BylineRole).Select(e => e.Canonical).Distinct().ToArray(),
            },
        };
    }
}
