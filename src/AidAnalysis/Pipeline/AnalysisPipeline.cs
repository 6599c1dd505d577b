using AidAnalysis.Frames;
using AidAnalysis.Frames.Relations;
using AidAnalysis.Frames.Relations.Checks;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;

namespace AidAnalysis.Pipeline;

/// <summary>
/// The analysis pipeline: text (sentences, quotations) → recognizers (entities, money, years)
/// → frames (actors, funding, aid items, claims). Stateless; one instance can analyse many articles
/// concurrently.
/// </summary>
public sealed class AnalysisPipeline
{
    private readonly IReadOnlyList<IPipelineStage> _stages;

    public AnalysisPipeline() : this(Lexicon.Default) { }

    public AnalysisPipeline(Lexicon lexicon)
    {
        _stages =
        [
            new SentenceSegmenter(lexicon),
            new QuotationFinder(),
            new EntityRecognizer(lexicon),
            new MoneyRecognizer(lexicon),
            new YearRecognizer(),
            new ActorBuilder(lexicon),
            new FundingBuilder(lexicon),
            new FundingRelations(),
            new FundingChecks(lexicon),
            new AidItemBuilder(lexicon),
            new ClaimBuilder(lexicon),
        ];
    }

    public IReadOnlyList<IPipelineStage> Stages => _stages;

    /// <summary>Runs every stage and returns the document with all layers filled in.</summary>
    public AnalysisDocument Process(Article article) =>
        _stages.Aggregate(new AnalysisDocument(article), (doc, stage) => stage.Run(doc));

    public ArticleAnalysis Analyze(Article article) => Process(article).ToAnalysis();
}
