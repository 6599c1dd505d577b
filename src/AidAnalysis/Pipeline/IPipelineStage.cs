namespace AidAnalysis.Pipeline;

/// <summary>One step of the pipeline: reads earlier layers of the document and adds its own.</summary>
public interface IPipelineStage
{
    AnalysisDocument Run(AnalysisDocument document);
}
