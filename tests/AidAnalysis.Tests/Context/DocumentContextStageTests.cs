using AidAnalysis.Context;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Context;

/// <summary>The context stage run alone on hand-built documents, and the stages that read its layer.</summary>
public class DocumentContextStageTests
{
    private static IAnalysisStage Stage(string name) => AnalysisPipeline.DefaultStages(Lexicon.Default).Single(s => s.Name == name);

    private static AnalysisDocument Run(string stage, AnalysisDocument document) =>
        Stage(stage).RunAsync(document, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>The dateline stage, then the context stage that hands its layer on.</summary>
    private static AnalysisDocument Context(AnalysisDocument document) => Run("context", Run("dateline", document));

    private static AnalysisDocument Bare(string text, ArticleMetadata metadata) => new(Article.FromText(text, metadata, "fixture.txt"));

    /// <summary>A bare document with the sentences and tokens the context stage reads a dateline's date from.</summary>
    private static AnalysisDocument Tokenized(string text, ArticleMetadata metadata) => Run("tokens", Run("sentences", Bare(text, metadata)));

    [Fact]
    public void The_reference_date_is_the_publication_date_else_a_date_printed_at_the_top()
    {
        const string text = "Aid talks resume\n\n3 March 2021\n\nThe ministers met again.";
        var dated = Context(Tokenized(text, new ArticleMetadata())).Context;
        Assert.Equal((new DateOnly(2021, 3, 3), new DateOnly(2021, 3, 3)), (dated.DatelineDate, dated.ReferenceDate));
        var published = Context(Tokenized(text, new ArticleMetadata(Published: new DateOnly(2022, 6, 1)))).Context;
        Assert.Equal((new DateOnly(2021, 3, 3), new DateOnly(2022, 6, 1)), (published.DatelineDate, published.ReferenceDate));
        Assert.Null(Context(Tokenized("The ministers met again.", new ArticleMetadata())).Context.ReferenceDate);
    }

    [Fact]
    public void A_capitalised_word_that_is_no_month_is_passed_over_for_the_date_after_it()
    {
        const string text = "Gate 7, 2040 plan for the harbour\n\n12 Sept. 2039\n\nThe works resume.";
        Assert.Equal(new DateOnly(2039, 9, 12), Context(Tokenized(text, new ArticleMetadata())).Context.DatelineDate);
        Assert.Null(Context(Tokenized("Gate 7, 2040 plan for the harbour", new ArticleMetadata())).Context.DatelineDate);
    }

    [Fact]
    public void Headline_byline_and_dateline_are_read_from_hand_built_layers()
    {
        const string headline = "Norway commits new grants to Peru";
        var text = $"{headline}\n\nBy Kari Nordmann\n\nLIMA, Peru - Norway signed the grants. Peru will use them for schools.";
        Span At(string word, int from = 0) => new(text.IndexOf(word, from, StringComparison.Ordinal), text.IndexOf(word, from, StringComparison.Ordinal) + word.Length);
        var body = text.IndexOf("LIMA", StringComparison.Ordinal);
        var norway = new[] { At("Norway"), At("Norway", body) };
        var peru = new[] { At("Peru"), At("Peru", body), At("Peru", body + 10) };
        var document = Bare(text, new ArticleMetadata(Title: headline)) with
        {
            Paragraphs = [new Span(0, headline.Length), At("By Kari Nordmann"), new Span(body, text.Length)],
            Tokens = new Tokenizer(Lexicon.Default).Tokenize(text, []).Tokens,
            Entities = new[]
            {
                new EntityMention(norway[0], MentionType.Country, "Norway"), new EntityMention(peru[0], MentionType.Country, "Peru"),
                new EntityMention(At("Kari Nordmann"), MentionType.Byline, "Kari Nordmann", "author"),
                new EntityMention(peru[1], MentionType.Country, "Peru"), new EntityMention(norway[1], MentionType.Country, "Norway"),
                new EntityMention(peru[2], MentionType.Country, "Peru"),
            }.OrderBy(e => e.Span.Start).ToArray(),
            Actors = [new Actor("A1", "Norway", ActorKind.Country, null, null, norway), new Actor("A2", "Peru", ActorKind.Country, null, null, peru)],
        };
        var context = Context(document).Context;
        Assert.Equal(new Span(0, headline.Length), context.Headline);
        Assert.Equal(("Norway", "Peru", "Peru"), (context.HeadlineDonor, context.HeadlineRecipient, context.DatelineState));
        Assert.Equal(["Kari Nordmann"], context.Authors);
        Assert.Empty(document.Funding);
    }

    [Fact]
    public void The_dateline_is_read_once_by_its_own_stage_and_the_actors_and_the_context_read_its_layer()
    {
        const string text = "The Ministry of Health signed the grants. Peru will use them.";
        var ministry = new Span(4, 22);
        var peru = new Span(text.IndexOf("Peru", StringComparison.Ordinal), text.IndexOf("Peru", StringComparison.Ordinal) + 4);
        var document = Bare(text, new ArticleMetadata()) with
        {
            Tokens = new Tokenizer(Lexicon.Default).Tokenize(text, []).Tokens,
            Entities = [new EntityMention(ministry, MentionType.Organization, "Ministry of Health"), new EntityMention(peru, MentionType.Country, "Peru")],
            HomeState = "Peru",
        };
        Assert.Equal([Layer.Paragraphs, Layer.Tokens, Layer.Entities], Stage("dateline").Needs);
        Assert.Contains(Layer.Dateline, Stage("actors").Needs);
        Assert.Contains(Layer.Dateline, Stage("context").Needs);
        // A dateline set by hand, with no dateline in the text: the stages read the layer, not the text.
        var dated = document with { Dateline = new Dateline(default, default, "Chile", new DateOnly(2031, 2, 3)) };
        Assert.Equal("Chile", Run("actors", dated).Actors.Single(a => a.Mentions.Contains(ministry)).Affiliation);
        Assert.Equal("Peru", Run("actors", document).Actors.Single(a => a.Mentions.Contains(ministry)).Affiliation);
        var context = Run("context", dated).Context;
        Assert.Equal(("Chile", new DateOnly(2031, 2, 3)), (context.DatelineState, context.ReferenceDate));
        Assert.Equal(Dateline.None, Run("dateline", document).Dateline);
    }

    [Fact]
    public void The_home_state_is_read_once_by_its_own_stage_and_the_context_hands_it_on()
    {
        const string text = "Norway signed grants for Peru. Norway said the grants go to Peru.";
        Span At(string word, int from) => new(text.IndexOf(word, from, StringComparison.Ordinal), text.IndexOf(word, from, StringComparison.Ordinal) + word.Length);
        var document = Bare(text, new ArticleMetadata()) with
        {
            Tokens = new Tokenizer(Lexicon.Default).Tokenize(text, []).Tokens,
            Entities = new[] { At("Norway", 0), At("Peru", 0), At("Norway", 20), At("Peru", 40) }
                .Select(span => new EntityMention(span, MentionType.Country, text[span.Start..span.End])).OrderBy(e => e.Span.Start).ToArray(),
        };
        Assert.Equal([Layer.Tokens, Layer.Entities, Layer.Money], Stage("home-state").Needs);
        var read = Run("home-state", document);
        Assert.Equal("Norway", read.HomeState);
        Assert.Equal("Norway", Run("context", read).Context.HomeState);
        Assert.Null(Run("context", document).Context.HomeState);
    }

    [Fact]
    public void The_years_stage_resolves_relative_years_against_the_context_it_is_given()
    {
        var document = Tokenized("The grants will double next year.", new ArticleMetadata(Published: new DateOnly(2030, 1, 1))) with
        {
            Context = DocumentContext.None with { ReferenceDate = new DateOnly(2024, 5, 1) },
        };
        Assert.Equal(2025, Assert.Single(Run("years", Run("year-scan", document)).Years).Year);
    }

    [Fact]
    public void Removing_the_context_stage_is_refused_while_later_stages_need_it()
    {
        Assert.Contains(Layer.Context, Stage("funding").Needs);
        var error = Assert.Throws<InvalidOperationException>(() => AnalysisPipeline.CreateBuilder().Remove("context").Build());
        Assert.Contains("'years' needs Context", error.Message);
        var context = Stage("context");
        var early = Assert.Throws<InvalidOperationException>(() => AnalysisPipeline.CreateBuilder().Remove("context").Add(context, after: "money").Build());
        Assert.Contains("'context' needs Actors", early.Message);
    }
}
