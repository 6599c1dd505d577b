namespace AidAnalysis.Pipeline;

/// <summary>
/// A named step of the pipeline with the layers it needs and adds. Asynchronous and cancellable so that a
/// stage backed by a model or a service fits beside the rule-based ones.
/// </summary>
public interface IAnalysisStage
{
    string Name { get; }

    IReadOnlyList<Layer> Needs { get; }

    IReadOnlyList<Layer> Adds { get; }

    ValueTask<AnalysisDocument> RunAsync(AnalysisDocument document, CancellationToken cancellationToken);
}

/// <summary>A synchronous rule-based <see cref="IPipelineStage"/> with its declaration.</summary>
public sealed record RuleStage(string Name, IReadOnlyList<Layer> Needs, IReadOnlyList<Layer> Adds, IPipelineStage Rules) : IAnalysisStage
{
    public ValueTask<AnalysisDocument> RunAsync(AnalysisDocument document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Rules.Run(document));
    }
}
