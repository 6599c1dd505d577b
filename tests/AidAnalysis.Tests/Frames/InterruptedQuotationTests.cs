using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>A quoted sentence interrupted by its attribution is one claim; a quote that starts a new sentence after the
/// attribution is a claim of its own. Sentences written for the tests.</summary>
public class InterruptedQuotationTests
{
    private static IReadOnlyList<Claim> Claims(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(), "t.txt")).Claims;

    [Theory]
    [InlineData("Relief arrives\n\n\"The warehouses are full,\" Mirela Costa said on Monday, \"but the trucks cannot reach the villages.\"")]
    [InlineData("Relief arrives\n\n“We have enough seed for the spring,” the governor said, “and fertiliser will follow in May.”")]
    public void A_quote_resumed_after_its_attribution_in_the_same_sentence_is_one_claim(string text)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal(ClaimKind.Quote, claim.Kind);
    }

    [Theory]
    [InlineData("Relief arrives\n\n\"Each day the bridge stays shut,\" said Tomas Vilkas, the regional director of a relief agency, \"the clinics lose another delivery.\"", "the clinics lose another delivery")]
    [InlineData("Relief arrives\n\n“The seed is in the depots,” the governor said, “and the ploughs will follow in May.”", "the ploughs will follow in May")]
    public void The_claim_of_an_interrupted_quote_holds_its_resumed_part(string text, string resumed)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Contains(resumed, claim.Text);
    }

    [Fact]
    public void A_quote_that_opens_a_new_sentence_after_the_attribution_is_another_claim()
    {
        const string text = "Relief arrives\n\n\"The warehouses are full,\" Mirela Costa said. \"The trucks cannot reach the villages.\"";
        Assert.Equal(2, Claims(text).Count);
    }
}
