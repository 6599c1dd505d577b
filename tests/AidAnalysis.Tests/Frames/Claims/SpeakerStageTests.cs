using AidAnalysis.Frames;
using AidAnalysis.Frames.Claims;
using AidAnalysis.Frames.Speakers;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;
using AidAnalysis.Text.Cues;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>The speakers stage and the claims stage each run alone on a hand-built document: the first finds who speaks and
/// adds the unnamed speakers, the second only reads the tokens, attributions and speakers it is given.</summary>
public class SpeakerStageTests
{
    private static Article Article(string text) => Model.Article.FromText(text, new ArticleMetadata(), "fixture.txt");

    /// <summary>The text's paragraphs, sentences, tokens and cues as their stages read them, and the actors given; no entity
    /// or quotation layer.</summary>
    private static AnalysisDocument Document(string text, params Actor[] actors)
    {
        var lexicon = Lexicon.Default;
        var read = new SentenceSegmenter(lexicon).Run(new AnalysisDocument(Article(text)));
        return new CueMarker(lexicon).Run(new Tokenizer(lexicon).Run(read)) with { Actors = actors };
    }

    [Fact]
    public void The_speakers_stage_alone_attributes_each_statement_and_adds_only_the_unnamed_speakers()
    {
        const string text = "Mirela Dancu said the ferry would run weekly. Engineers warned that the pier could flood.";
        var dancu = new Actor("A1", "Mirela Dancu", ActorKind.Person, null, null, [new Span(0, 12)]);

        var result = new SpeakerBuilder(Lexicon.Default).Run(Document(text, dancu));

        Assert.Empty(result.Claims);
        Assert.Equal([("Mirela Dancu", "A1", "said"), ("Engineers", "A2", "warned")],
            result.Attributions.Select(a => (a.Speaker.Name, a.Speaker.ActorId!, a.Cue)));
        Assert.Equal("the pier could flood", text[result.Attributions[1].Span.Start..result.Attributions[1].Span.End].TrimEnd('.'));
        var engineers = Assert.Single(result.Speakers);
        Assert.Equal(("A2", "Engineers", ActorKind.Group), (engineers.Id, engineers.Name, engineers.Kind));
        Assert.Same(dancu, Assert.Single(result.Actors));
    }

    [Fact]
    public void The_claims_stage_alone_makes_rows_of_the_attributions_it_is_given()
    {
        const string text = "Pilots said the runway may close, a union added.";
        var pilots = new Actor("A1", "Pilots", ActorKind.Group, null, null, []);
        var document = new Tokenizer(Lexicon.Default).Run(new AnalysisDocument(Article(text))) with
        {
            Speakers = [pilots],
            Attributions = [new Attribution(Speaker.Of(pilots), ClaimKind.Reported, "said", new Span(12, 34), false)],
        };

        var claim = Assert.Single(new ClaimBuilder(Lexicon.Default).Run(document).Claims);

        Assert.Equal(("C1", "Pilots", "A1", "the runway may close"), (claim.Id, claim.Speaker, claim.SpeakerId, claim.Text));
        Assert.True(claim.Hedged);
    }

    [Fact]
    public void The_claims_stage_is_refused_without_the_speakers_stage_it_reads()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AnalysisPipeline.CreateBuilder().Remove("speakers").Build());
        Assert.Contains("'claims' needs Attributions, Speakers", error.Message);
    }
}
