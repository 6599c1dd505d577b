using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Clauses;

namespace AidAnalysis.Tests.Text;

/// <summary>The clause layer: sentences divided at semicolons and at a comma before a contrasting subordinator, run alone on
/// the sentences and tokens of a document; sentences written for the tests.</summary>
public class ClauseSegmenterTests
{
    private static (ClauseLayer Clauses, string Text) Segment(string text)
    {
        var document = TestSupport.Process(text);
        // The stage alone, on the document's sentences and tokens only.
        var bare = new AnalysisDocument(document.Article) { Sentences = document.Sentences, Tokens = document.Tokens };
        return (new ClauseSegmenter(Lexicon.Default).Run(bare).Clauses, text);
    }

    private static string[] Texts(IEnumerable<Span> spans, string text) => spans.Select(s => text[s.Start..s.End]).ToArray();

    [Fact]
    public void A_semicolon_and_a_comma_before_while_or_whereas_end_a_clause()
    {
        var (clauses, text) = Segment("Norway gave $5 million to schools, while Peru spent $2 million on roads; the rest waits. Chile waits, whereas Fiji acts.");
        Assert.Equal(["Norway gave $5 million to schools", "Peru spent $2 million on roads", "the rest waits.", "Chile waits", "Fiji acts."],
            Texts(clauses.All, text));
        Assert.Equal([", while ", "; ", ", whereas "], Texts(clauses.Boundaries, text));
    }

    [Fact]
    public void Other_commas_and_a_subordinator_without_its_comma_leave_the_sentence_one_clause()
    {
        var (clauses, text) = Segment("Aid, which arrived late, helped while the roads were shut.");
        Assert.Equal(["Aid, which arrived late, helped while the roads were shut."], Texts(clauses.All, text));
        Assert.Empty(clauses.Boundaries);
    }

    [Fact]
    public void The_boundaries_inside_a_stretch_are_found_from_either_end()
    {
        var (clauses, text) = Segment("Oslo pays $1 million; Lima pays $2 million; Quito pays nothing.");
        var first = text.IndexOf(';');
        var second = text.LastIndexOf(';');
        Assert.Equal(second + 2, clauses.LastBoundaryEndIn(new Span(0, text.IndexOf("Quito", StringComparison.Ordinal))));
        Assert.Equal(first, clauses.FirstBoundaryStartIn(new Span(text.IndexOf("million", StringComparison.Ordinal), text.Length)));
        Assert.Null(clauses.LastBoundaryEndIn(new Span(0, first + 1)));
        Assert.Contains(new Span(first + 2, second), clauses.All);
    }

    [Fact]
    public void The_funding_frame_reads_the_clause_layer_for_the_amount_s_clause()
    {
        Assert.Contains(Layer.Clauses, AnalysisPipeline.DefaultStages(Lexicon.Default).Single(s => s.Name == "funding").Needs);
        // Without the clause stage the future of the other clause reaches the first amount.
        var article = Article.FromText("Finland gave $3 million to Oxfam on Monday, while Sweden will give $2 million to CARE.",
            new ArticleMetadata(Published: new DateOnly(2025, 2, 3)), "t.txt");
        var withClauses = AnalysisPipeline.Default.Analyze(article).Funding.Single(f => f.AmountText == "$3 million");
        var noClauses = new NoClauses();
        var without = AnalysisPipeline.CreateBuilder().Replace("clauses", noClauses).Build().Analyze(article).Funding.Single(f => f.AmountText == "$3 million");
        Assert.Equal(FundingStatus.Delivered, withClauses.Status);
        Assert.NotEqual(FundingStatus.Delivered, without.Status);
    }

    /// <summary>A clause stage that finds no boundaries: every sentence one clause.</summary>
    private sealed record NoClauses(string Name = "clauses") : IAnalysisStage
    {
        public IReadOnlyList<Layer> Needs => [Layer.Sentences, Layer.Tokens];
        public IReadOnlyList<Layer> Adds => [Layer.Clauses];
        public ValueTask<AnalysisDocument> RunAsync(AnalysisDocument document, CancellationToken cancellationToken) =>
            ValueTask.FromResult(document with { Clauses = new ClauseLayer([.. document.Sentences.Select(s => s.Span)], []) });
    }
}
