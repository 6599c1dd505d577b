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
    [InlineData("The development minister had asked parliament for 4.1 billion euros for aid to Tarvia next year.", "4.1 billion euros")]
    [InlineData("The White House would ask Congress for an additional $80 million for the aid mission in Tarvia.", "$80 million")]
    public void Asking_a_legislature_for_money_is_a_request(string text, string amount) =>
        Assert.Equal(FundingStatus.Requested, Figure(text, amount).Status);
}
