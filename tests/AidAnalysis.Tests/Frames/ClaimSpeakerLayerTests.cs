using AidAnalysis.Frames;
using AidAnalysis.Frames.Claims;
using AidAnalysis.Frames.Speakers;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Cues;
using AidAnalysis.Text.Tokens;
using AidAnalysis.Tests.Recognizers;

namespace AidAnalysis.Tests.Frames;

/// <summary>The claims stage run alone on a hand-built document: it reads the actor layer and puts the unnamed
/// speakers it finds in the speakers layer.</summary>
public class ClaimSpeakerLayerTests
{
    /// <summary>One paragraph whose sentences end at each ". ", its tokens and cues, and the actors given; no other layer.</summary>
    private static AnalysisDocument Document(string text, params Actor[] actors)
    {
        var sentences = new List<Sentence>();
        for (var start = 0; start < text.Length;)
        {
            var stop = text.IndexOf(". ", start, StringComparison.Ordinal);
            var end = stop < 0 ? text.Length : stop + 2;
            sentences.Add(new Sentence(new Span(start, end), 0));
            start = end;
        }
        var document = new AnalysisDocument(Article.FromText(text, new ArticleMetadata(), "fixture.txt"))
        {
            Paragraphs = [new Span(0, text.Length)],
            Sentences = sentences,
            Actors = actors,
        };
        return new CueMarker(Lexicon.Default).Run(new Tokenizer(Lexicon.Default).Run(document));
    }

    [Fact]
    public void An_unnamed_group_speaker_goes_to_the_speakers_layer_not_the_actors()
    {
        var document = Document("Officials said the bridge would reopen in May.");
        var result = new ClaimBuilder(Lexicon.Default).Run(new SpeakerBuilder(Lexicon.Default).Run(document));

        var claim = Assert.Single(result.Claims);
        Assert.Equal("Officials", claim.Speaker);
        Assert.Equal(ActorKind.Group, claim.SpeakerKind);
        Assert.Empty(result.Actors);
        var speaker = Assert.Single(result.Speakers);
        Assert.Equal(("A1", "Officials", ActorKind.Group), (speaker.Id, speaker.Name, speaker.Kind));
        Assert.Equal(speaker.Id, claim.SpeakerId);
    }

    [Fact]
    public void A_named_speaker_adds_nothing_and_group_speakers_are_numbered_after_the_actors()
    {
        const string text = "Karin Holm said the bridge would reopen in May. Analysts said the road would stay shut.";
        var holm = new Actor("A1", "Karin Holm", ActorKind.Person, null, null, [new Span(0, 10)]);
        var result = new ClaimBuilder(Lexicon.Default).Run(new SpeakerBuilder(Lexicon.Default).Run(Document(text, holm)));

        Assert.Equal(["Karin Holm", "Analysts"], result.Claims.Select(c => c.Speaker));
        Assert.Same(holm, Assert.Single(result.Actors));
        Assert.Equal(("A2", "Analysts"), (Assert.Single(result.Speakers).Id, result.Speakers[0].Name));
        Assert.Equal(["Karin Holm", "Analysts"], result.ToAnalysis().Actors.Select(a => a.Name));
    }

    /// <summary>A person the actor layer missed, named by a bare name before an aside, is found before any statement is read,
    /// so a pronoun that follows points to that person rather than to a person the layer has.</summary>
    [Fact]
    public void A_bare_name_speaker_the_actor_layer_missed_is_a_pronoun_antecedent()
    {
        const string text = "Arvo Kesk toured the depot. Lena Brandt, the harbour commissioner, said the port would stay shut. She said the ferries had stopped.";
        var kesk = new Actor("A1", "Arvo Kesk", ActorKind.Person, null, null, [new Span(0, 9)]);
        var result = new ClaimBuilder(Lexicon.Default).Run(new SpeakerBuilder(Lexicon.Default).Run(Document(text, kesk)));

        Assert.Equal(["Lena Brandt", "Lena Brandt"], result.Claims.Select(c => c.Speaker));
        Assert.Equal(("A2", "Lena Brandt", ActorKind.Person), (Assert.Single(result.Speakers).Id, result.Speakers[0].Name, result.Speakers[0].Kind));
    }

    [Theory]
    [InlineData("the minister also", "the minister")]
    [InlineData("the minister has also  ", "the minister")]
    [InlineData("the minister  also", "the minister ")]
    [InlineData("the Secretary", "the Secretary")]
    [InlineData("also", "also")]
    [InlineData("the ministry has island", "the ministry has island")]
    public void Trailing_adverbs_and_auxiliaries_are_dropped_word_by_word(string phrase, string expected) =>
        Assert.Equal(expected, phrase[..TrailingAdverbs.End(OneSentenceTokens.Of(phrase), new Span(0, phrase.Length))]);
}
