using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>A request to a legislature or to donors in any form of "ask ... for" (the bare form after a modal, and a
/// parliament as well as Congress) is requested; sentences written for the tests.</summary>
public class FundingAskForTests
{
    private static readonly DateOnly June2025 = new(2025, 6, 10);

    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: June2025), "t.txt")).Funding
            .Single(f => f.AmountText == amount);

    [Theory]
    [InlineData("The finance ministry asked parliament for 35 million euros to repair flooded bridges in Tarvia.", "35 million euros")]
    [InlineData("The governor will ask Congress for $65 million in relief for farmers hit by the drought.", "$65 million")]
    public void Asking_a_legislature_for_money_is_a_request(string text, string amount) =>
        Assert.Equal(FundingStatus.Requested, Figure(text, amount).Status);

    /// <summary>Only an "ask ... for" that names the one asked is listed: the bare form stands negated as well.</summary>
    [Fact]
    public void A_bare_ask_for_is_no_request() =>
        Assert.NotEqual(FundingStatus.Requested, Figure("The governor did not ask for $65 million in relief for farmers hit by the drought.", "$65 million").Status);
}
