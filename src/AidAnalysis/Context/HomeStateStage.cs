using AidAnalysis.Lexicons;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Context;

/// <summary>
/// Pipeline stage that reads which state the article is about (<see cref="Layer.HomeState"/>) once from the entities: the
/// actor stage needs it to tell which state an organisation stands for, the context stage hands it to the frames.
/// </summary>
public sealed class HomeStateStage(Lexicon lexicon) : IPipelineStage
{
    public AnalysisDocument Run(AnalysisDocument document) =>
        document with { HomeState = StateSalience.HomeCountry(document, lexicon) };
}
