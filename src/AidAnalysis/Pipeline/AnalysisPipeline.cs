using AidAnalysis.Context;
using AidAnalysis.Frames;
using AidAnalysis.Frames.Relations;
using AidAnalysis.Frames.Relations.Checks;
using AidAnalysis.Frames.Speakers;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;
using AidAnalysis.Text.Clauses;
using AidAnalysis.Text.Cues;
using AidAnalysis.Text.Phrases;
using AidAnalysis.Text.Tokens;
using static AidAnalysis.Pipeline.Layer;

namespace AidAnalysis.Pipeline;

/// <summary>
/// The analysis pipeline: text (sentences, tokens, cues, clauses, quotations) → recognizers (entities, money) → home state, dateline → actors →
/// document context → years → frames (funding, aid items, claims). Each stage is declared with the layers it needs and adds;
/// <see cref="CreateBuilder"/> adds, replaces or removes stages. Stateless; one instance can analyse many
/// articles concurrently.
/// </summary>
public sealed class AnalysisPipeline
{
    private static readonly Lazy<AnalysisPipeline> DefaultPipeline = new(() => new AnalysisPipeline());

    private readonly IReadOnlyList<IAnalysisStage> _stages;
    private readonly StageGraph _graph;

    /// <summary>Texts from this length on run independent stages side by side (claims beside the funding frame); shorter
    /// ones, where a thread hop costs more than it saves, run the stages one after another. Both give the same document.</summary>
    public const int ConcurrentFromLength = 64 * 1024;

    public AnalysisPipeline() : this(Lexicon.Default) { }

    public AnalysisPipeline(Lexicon lexicon) : this(DefaultStages(lexicon)) { }

    internal AnalysisPipeline(IReadOnlyList<IAnalysisStage> stages)
    {
        _stages = stages;
        _graph = new StageGraph(stages);
    }

    /// <summary>The default pipeline on the embedded lexicons, shared by the CLI, notebooks and corpus (it holds no state).</summary>
    public static AnalysisPipeline Default => DefaultPipeline.Value;

    /// <summary>A builder that starts from the default stages.</summary>
    public static AnalysisPipelineBuilder CreateBuilder(Lexicon? lexicon = null) => new(DefaultStages(lexicon ?? Lexicon.Default));

    public static IReadOnlyList<IAnalysisStage> DefaultStages(Lexicon lexicon)
    {
        // The context stage reads the headline with the funding frame's own cues, so both share one set of them; the relations
        // stage reads the funding frame's running-total wording, and the checks stage the relations stage's vocabulary.
        var funding = new FundingBuilder(lexicon);
        var relations = new FundingRelations(lexicon, funding);
        var money = new MoneyRecognizer(lexicon);
        var years = new YearRecognizer(lexicon.NumberWords, lexicon.Months, lexicon.TimeExpressionWords);
        return
        [
            new RuleStage("sentences", [Layer.Text], [Paragraphs, Sentences], new SentenceSegmenter(lexicon)),
            new RuleStage("tokens", [Sentences], [Tokens], new Tokenizer(lexicon)),
            new RuleStage("cues", [Tokens], [Cues], new CueMarker(lexicon)),
            new RuleStage("phrases", [Sentences, Tokens], [Phrases], new PhraseFinder(lexicon)),
            // The clause stage takes the parentheticals and lists the phrase stage reads.
            new RuleStage("clauses", [Sentences, Tokens, Phrases], [Clauses], new ClauseSegmenter(lexicon)),
            new RuleStage("quotations", [Paragraphs], [Quotations], new QuotationFinder()),
            // Entities read the tokens and the word starts the tokenizer notes beside them.
            new RuleStage("entities", [Sentences, Tokens], [Entities], new EntityRecognizer(lexicon)),
            // The amount patterns scan the text alone; the amounts are read where they matched once the entities name the states.
            new RuleStage("amount-scan", [Layer.Text], [Layer.AmountMatches], money.Scanner),
            // The time phrases are read on the tokens before the reference date is known, beside the entities on a long text.
            new RuleStage("year-scan", [Tokens], [Layer.YearMatches], years.Scanner),
            // The dateline is read once, before the money (a bare "$" written from another state's dateline), the actors (whose
            // unnamed-state bodies serve its state) and the context that hands it on.
            new RuleStage("dateline", [Paragraphs, Tokens, Entities], [Layer.Dateline], new DatelineReader(lexicon)),
            new RuleStage("money", [Entities, Layer.AmountMatches, Layer.Dateline], [Money], money),
            // The home state is read once, after the money stage (a state named only inside an amount is no agent), for the actors (which state an organisation stands for) and the context.
            new RuleStage("home-state", [Tokens, Entities, Money], [Layer.HomeState], new HomeStateStage(lexicon)),
            new RuleStage("actors", [Paragraphs, Tokens, Entities, Money, Layer.HomeState, Layer.Dateline], [Actors], new ActorBuilder(lexicon)),
            new RuleStage("context", [Paragraphs, Tokens, Entities, Actors, Layer.HomeState, Layer.Dateline], [Layer.Context], new DocumentContextStage(funding)),
            new RuleStage("years", [Tokens, Clauses, Money, Layer.Context, Layer.YearMatches], [Years], years),
            new RuleStage("funding", [Paragraphs, Sentences, Tokens, Clauses, Entities, Money, Years, Layer.Context, Actors], [Funding], funding),
            new RuleStage("funding-relations", [Paragraphs, Sentences, Tokens, Phrases, Money, Actors, Funding], [Relations], relations),
            new RuleStage("funding-checks", [Paragraphs, Sentences, Tokens, Layer.Context, Funding, Relations], [Checks], new FundingChecks(lexicon, relations.Words)),
            new RuleStage("aid-items", [Sentences, Tokens, Money, Actors, Layer.Context, Funding], [AidItems], new AidItemBuilder(lexicon)),
            new RuleStage("speakers", [Paragraphs, Sentences, Tokens, Cues, Quotations, Entities, Actors, Layer.Context, Layer.YearMatches, Years], [Attributions, Speakers], new SpeakerBuilder(lexicon)),
            new RuleStage("claims", [Tokens, Layer.Context, Attributions, Speakers], [Claims], new ClaimBuilder(lexicon)),
        ];
    }

    public IReadOnlyList<IAnalysisStage> Stages => _stages;

    /// <summary>Runs every stage and returns the document with all layers filled in.</summary>
    public AnalysisDocument Process(Article article) =>
        article.Text.Length >= ConcurrentFromLength ? ProcessConcurrently(article).GetAwaiter().GetResult() : ProcessInOrder(article);

    public async ValueTask<AnalysisDocument> ProcessAsync(Article article, CancellationToken cancellationToken = default)
    {
        if (article.Text.Length >= ConcurrentFromLength) return await ProcessConcurrently(article, cancellationToken).ConfigureAwait(false);
        var document = new AnalysisDocument(article);
        foreach (var stage in _stages) document = await stage.RunAsync(document, cancellationToken).ConfigureAwait(false);
        return document;
    }

    /// <summary>The stages one after another, in their declared order.</summary>
    public AnalysisDocument ProcessInOrder(Article article)
    {
        var document = new AnalysisDocument(article);
        foreach (var stage in _stages)
        {
            var run = stage.RunAsync(document, CancellationToken.None);
            document = run.IsCompletedSuccessfully ? run.Result : run.AsTask().GetAwaiter().GetResult();
        }
        return document;
    }

    /// <summary>Each stage as soon as the stages adding the layers it needs have run, independent ones side by side.</summary>
    public Task<AnalysisDocument> ProcessConcurrently(Article article, CancellationToken cancellationToken = default) =>
        _graph.RunAsync(new AnalysisDocument(article), cancellationToken);

    public ArticleAnalysis Analyze(Article article) => Process(article).ToAnalysis();

    public async ValueTask<ArticleAnalysis> AnalyzeAsync(Article article, CancellationToken cancellationToken = default) =>
        (await ProcessAsync(article, cancellationToken).ConfigureAwait(false)).ToAnalysis();
}
