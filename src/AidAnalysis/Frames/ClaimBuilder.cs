using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames;

/// <summary>
/// Pipeline stage that makes the attributions of the speakers stage (<see cref="Layer.Attributions"/>) claim rows in text order:
/// each statement's text trimmed of closing punctuation and a dateline, its hedges and negations read. The speakers it names are
/// the actor and speakers layers', only read.
/// </summary>
public sealed class ClaimBuilder(Lexicon lexicon) : IPipelineStage
{
    private readonly ClaimTexts _texts = new(lexicon);

    public AnalysisDocument Run(AnalysisDocument document) => document with
    {
        Claims = [.. document.Attributions
            .OrderBy(a => a.Span.Start)
            .Select((a, i) => _texts.ToClaim(document, a, $"C{i + 1}"))],
    };
}
