using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Clauses;

namespace AidAnalysis.Tests.Text;

/// <summary>The clause layer: sentences divided at semicolons and at a comma before a contrasting subordinator, and the
/// coordinate, relative, parenthetical and attribution clauses inside them, run alone on the sentences, tokens and phrases of a
/// document; sentences written for the tests.</summary>
public class ClauseSegmenterTests
{
    private static (ClauseLayer Clauses, string Text) Segment(string text)
    {
        var document = TestSupport.Process(text);
        // The stage alone, on the document's sentences, tokens and phrases only.
        var bare = new AnalysisDocument(document.Article) { Sentences = document.Sentences, Tokens = document.Tokens, Phrases = document.Phrases };
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

    private static string[] Embedded(string text, ClauseKind kind)
    {
        var (clauses, _) = Segment(text);
        return Texts(clauses.Embedded(kind).Select(c => c.Span), text);
    }

    [Fact]
    public void A_comma_and_a_relative_pronoun_open_a_relative_clause_up_to_the_next_comma_or_the_sentence_end()
    {
        Assert.Equal([", which opened in May", ", whose plan runs to 2030."],
            Embedded("The Tarn fund, which opened in May, pays clinics, whose plan runs to 2030.", ClauseKind.Relative));
        // The comma that closes one opens the next; a pronoun without its comma, or capitalised, opens none.
        Assert.Equal([", who chairs the board", ", that gave $4 million"],
            Embedded("Mira Voss, who chairs the board, that gave $4 million, left; the funds that remain are few.", ClauseKind.Relative));
        Assert.Empty(Embedded("Officials asked, Which donor pays?", ClauseKind.Relative));
    }

    [Fact]
    public void Parentheticals_and_attributions_are_the_phrase_layer_s()
    {
        const string text = "The grant (about $3 million) will arrive soon, the minister said, and more — perhaps twice that — may follow.";
        Assert.Equal(["(about $3 million)", "— perhaps twice that —"], Embedded(text, ClauseKind.Parenthetical));
        Assert.Equal([", the minister said,"], Embedded(text, ClauseKind.Attribution));
        Assert.Equal(["According to the agency,"],
            Embedded("According to the agency, Tarn gave $1 million.", ClauseKind.Attribution));
    }

    [Fact]
    public void A_frame_asks_which_clause_holds_an_offset_and_what_it_is_inside()
    {
        const string text = "The fund, which Tarn set up, paid $3 million; Velo paid $1 million (in cash), officials said.";
        var (clauses, _) = Segment(text);
        var amount = text.IndexOf("$3", StringComparison.Ordinal);
        Assert.Equal(new Span(0, text.IndexOf(';')), clauses.ClauseAt(amount));
        Assert.Null(clauses.ClauseAt(text.IndexOf(';')));
        Assert.True(clauses.IsInside(text.IndexOf("Tarn", StringComparison.Ordinal), ClauseKind.Relative));
        Assert.False(clauses.IsInside(amount, ClauseKind.Relative));
        Assert.True(clauses.IsInside(text.IndexOf("cash", StringComparison.Ordinal), ClauseKind.Parenthetical));
        Assert.True(clauses.IsInside(text.IndexOf("officials", StringComparison.Ordinal), ClauseKind.Attribution));
        Assert.Equal(text.IndexOf(','), clauses.FirstOpeningIn(new Span(0, text.Length), ClauseKind.Relative)?.Span.Start);
        Assert.Null(clauses.FirstOpeningIn(new Span(text.IndexOf(',') + 1, text.Length), ClauseKind.Relative));
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
