using AidAnalysis.Frames;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Context;

/// <summary>
/// Pipeline stage that reads the article as a whole once (<see cref="DocumentContext"/>): the dates it speaks from, its
/// headline and byline and what they name, its dominant aid type, and hands on the home state and the dateline their own stages
/// read (<see cref="HomeStateStage"/>, <see cref="DatelineReader"/>). The headline's giver, receiver and
/// aid type are read with the funding frame's own verbs, aid nouns and markers, so both agree on what a headline says.
/// </summary>
public sealed class DocumentContextStage(FundingBuilder fundingRules) : IPipelineStage
{
    public AnalysisDocument Run(AnalysisDocument document)
    {
        var dateline = document.Dateline;
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
