using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

public class ClaimTests
{
    private static IReadOnlyList<Claim> Claims(string text) =>
        TestSupport.Analyze(text).Claims;

    [Theory]
    [InlineData("“We will rebuild the bridges this winter,” Minister Karin Holm said.")]
    [InlineData("\"We will rebuild the bridges this winter,\" Minister Karin Holm said.")]
    [InlineData("‘We will rebuild the bridges this winter,’ said Minister Karin Holm.")]
    [InlineData("«We will rebuild the bridges this winter», said Minister Karin Holm.")]
    [InlineData("„We will rebuild the bridges this winter“, said Minister Karin Holm.")]
    public void Quote_styles_are_attributed(string text)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal(ClaimKind.Quote, claim.Kind);
        Assert.Equal("Karin Holm", claim.Speaker);
        Assert.StartsWith("We will rebuild the bridges this winter", claim.Text);
    }

    [Fact]
    public void Quote_before_its_speaker_with_went_on_to_say()
    {
        var claim = Assert.Single(Claims("Minister Karin Holm went on to say that \"the grid is stable again\"."));
        Assert.Equal("Karin Holm", claim.Speaker);
        Assert.Equal("the grid is stable again", claim.Text);
    }

    [Fact]
    public void Pronoun_resolves_to_the_last_person_named_as_an_agent()
    {
        var claims = Claims("Envoy Tomas Berg met his counterpart Ivo Dan on Monday.\n\"We agreed on the corridor,\" he said.");
        var quote = claims.Single(c => c.Kind == ClaimKind.Quote);
        Assert.Equal("Tomas Berg", quote.Speaker);
    }

    [Fact]
    public void Reported_speech_with_that_keeps_only_the_content()
    {
        var claim = Assert.Single(Claims("Mayor Ana Ruiz said that the shelters were full."));
        Assert.Equal(ClaimKind.Reported, claim.Kind);
        Assert.Equal("said", claim.Cue);
        Assert.Equal("the shelters were full", claim.Text);
    }

    [Fact]
    public void Trailing_attribution_to_an_anonymous_source_is_a_group()
    {
        var claim = Assert.Single(Claims("The convoy will leave on Friday, the source said, speaking anonymously."));
        Assert.Equal("the source", claim.Speaker);
        Assert.Equal(ActorKind.Group, claim.SpeakerKind);
        Assert.Equal("The convoy will leave on Friday", claim.Text);
    }

    [Fact]
    public void Expectation_cue_is_hedged()
    {
        var claim = Assert.Single(Claims("Analysts expect that the budget will pass."));
        Assert.Equal("Analysts", claim.Speaker);
        Assert.True(claim.Hedged);
    }

    [Fact]
    public void Declined_to_comment_is_a_negated_claim()
    {
        var claim = Assert.Single(Claims("A spokesman for the Danish Foreign Ministry declined to comment."));
        Assert.Equal("A spokesman for the Danish Foreign Ministry", claim.Speaker);
        Assert.Equal("declined to comment", claim.Text);
        Assert.True(claim.Negated);
    }

    [Fact]
    public void According_to_names_the_speaker()
    {
        var claim = Assert.Single(Claims("The port reopened in March, according to the World Bank."));
        Assert.Equal("World Bank", claim.Speaker);
        Assert.Equal("The port reopened in March", claim.Text);
    }

    [Theory]
    [InlineData("The said report was never published.")]
    [InlineData("Prices rose sharply in the capital last month.")]
    [InlineData("The “temporary” bridge is still standing.")]
    public void Sentences_that_look_like_claims_but_are_not(string text) => Assert.Empty(Claims(text));

    [Fact]
    public void Claim_links_the_funding_it_mentions()
    {
        var analysis = TestSupport.Pipeline.Analyze(Article.FromText(
            "The Irish Foreign Ministry announced a $4 million grant for rural clinics.", new ArticleMetadata(), "t.txt"));
        var claim = Assert.Single(analysis.Claims);
        Assert.Equal([analysis.Funding.Single().Id], claim.FundingIds);
    }
}
