using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>A request whose own clause names no requester ("$X is needed", "a funding gap of $X") is asked for by the story's
/// receiver; sentences written for the tests.</summary>
public class UnclaimedRequestTests
{
    private static readonly DateOnly March2025 = new(2025, 3, 4);

    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: March2025), "t.txt")).Funding
            .Single(f => f.AmountText == amount);

    [Theory]
    [InlineData("The response plan requires $4 million this year.", "$4 million")]
    [InlineData("Officials warned of a funding gap of $60 million before the rainy season.", "$60 million")]
    public void A_request_naming_no_requester_is_for_the_storys_recipient(string sentence, string amount)
    {
        var text = "Norway gives aid to Malawi\n\nNorway will provide $10 million in humanitarian aid to Malawi, the foreign ministry said on Monday. "
                   + sentence;
        var figure = Figure(text, amount);
        Assert.Equal(FundingStatus.Requested, figure.Status);
        Assert.Equal("Malawi", figure.Recipient);
    }

    [Fact]
    public void A_request_verb_with_a_subject_that_is_no_actor_is_not_the_storys_recipients()
    {
        var text = "Norway gives aid to Malawi\n\nNorway will provide $10 million in humanitarian aid to Malawi, the foreign ministry said on Monday. "
                   + "The company needs $3 million to expand its factory.";
        Assert.Null(Figure(text, "$3 million").Recipient);
    }
}
