using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Tests.Pipeline;

/// <summary>The declared, open pipeline: stages replaced, removed, added and run alone.</summary>
public class PipelineBuilderTests
{
    private const string Text = "Norway will provide $5 million to Ukraine.\n\n\"The help will arrive soon,\" Foreign Minister Kari Nordmann said.";

    private static Article Article => Article.FromText(Text, new ArticleMetadata(), "fixture.txt");

    /// <summary>A stage that empties the claims layer, standing in for a different claim model.</summary>
    private sealed record NoClaims(string Name = "claims") : IAnalysisStage
    {
        public IReadOnlyList<Layer> Needs => [Layer.Sentences, Layer.Funding];
        public IReadOnlyList<Layer> Adds => [Layer.Claims];
        public ValueTask<AnalysisDocument> RunAsync(AnalysisDocument document, CancellationToken cancellationToken) =>
            ValueTask.FromResult(document with { Claims = [] });
    }

    [Fact]
    public void The_default_pipeline_declares_every_stage_in_an_order_that_satisfies_its_needs()
    {
        var names = AnalysisPipeline.CreateBuilder().StageNames;
        Assert.Equal(["sentences", "tokens", "cues", "phrases", "clauses", "quotations", "entities", "amount-scan", "year-scan", "dateline", "money", "home-state", "actors", "context", "years", "funding", "funding-relations", "funding-checks", "aid-items", "speakers", "claims"], names);
        Assert.NotNull(AnalysisPipeline.CreateBuilder().Build());
    }

    [Fact]
    public void A_replaced_stage_runs_instead_of_the_default_one()
    {
        Assert.NotEmpty(AnalysisPipeline.Default.Analyze(Article).Claims);
        var pipeline = AnalysisPipeline.CreateBuilder().Replace("claims", new NoClaims()).Build();
        var analysis = pipeline.Analyze(Article);
        Assert.Empty(analysis.Claims);
        Assert.Single(analysis.Funding);
    }

    [Fact]
    public void Removing_a_stage_that_a_later_one_needs_is_refused_by_name()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AnalysisPipeline.CreateBuilder().Remove("quotations").Build());
        Assert.Contains("'speakers' needs Quotations", error.Message);
        Assert.NotNull(AnalysisPipeline.CreateBuilder().Remove("claims").Remove("speakers").Remove("quotations").Build());
    }

    [Fact]
    public void The_relations_stage_cannot_be_removed_while_the_checks_read_its_layer_and_without_it_rows_are_not_related()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AnalysisPipeline.CreateBuilder().Remove("funding-relations").Build());
        Assert.Contains("'funding-checks' needs Relations", error.Message);
        var unrelated = AnalysisPipeline.CreateBuilder().Remove("funding-checks").Remove("funding-relations").Build().Analyze(Article);
        Assert.False(Assert.Single(unrelated.Funding).Counted);
        Assert.True(Assert.Single(AnalysisPipeline.Default.Analyze(Article).Funding).Counted);
    }

    [Fact]
    public void The_cues_stage_is_refused_without_the_tokens_it_reads()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AnalysisPipeline.CreateBuilder().Remove("tokens").Build());
        Assert.Contains("'cues' needs Tokens", error.Message);
        var moved = AnalysisPipeline.CreateBuilder().Remove("cues");
        var cues = AnalysisPipeline.DefaultStages(Lexicon.Default).Single(s => s.Name == "cues");
        Assert.Contains("'cues' needs Tokens", Assert.Throws<InvalidOperationException>(() => moved.Add(cues, after: "sentences").Build()).Message);
        Assert.NotNull(AnalysisPipeline.CreateBuilder().Remove("cues").Add(cues, after: "tokens").Build());
    }

    [Fact]
    public void An_added_stage_must_come_after_the_layers_it_needs_and_names_are_unique()
    {
        var early = Assert.Throws<InvalidOperationException>(() => AnalysisPipeline.CreateBuilder().Add(new NoClaims("summary"), after: "money").Build());
        Assert.Contains("'summary' needs Funding", early.Message);
        var twice = Assert.Throws<InvalidOperationException>(() => AnalysisPipeline.CreateBuilder().Add(new NoClaims(), after: "claims").Build());
        Assert.Contains("two stages are named 'claims'", twice.Message);
        Assert.Equal("summary", AnalysisPipeline.CreateBuilder().Add(new NoClaims("summary")).Build().Stages[^1].Name);
    }

    [Fact]
    public async Task A_stage_runs_alone_on_a_hand_built_document_and_honours_cancellation()
    {
        var money = AnalysisPipeline.DefaultStages(Lexicon.Default).Single(s => s.Name == "money");
        var document = new AnalysisDocument(Article) { Entities = [] };
        var result = await money.RunAsync(document, CancellationToken.None);
        Assert.Equal(5_000_000, Assert.Single(result.Money).Value);
        Assert.Empty(result.Funding);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await money.RunAsync(document, new CancellationToken(canceled: true)));
    }
}
