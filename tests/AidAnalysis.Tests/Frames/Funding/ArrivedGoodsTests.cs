using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>Goods valued whose own clause has a verb of sending, handing over or arrival are aid delivered, whatever the goods
/// (ValuedConsignment.Sent); sentences written for the tests.</summary>
public class ArrivedGoodsTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2026, 5, 14)), "t.txt"))
            .Funding.First(f => f.AmountText == amount);

    [Theory]
    [InlineData("Maize worth $2 million arrived in Port Velna this week, the Tarvian ministry said.", "$2 million")]
    [InlineData("Trucks carrying medicines worth 3 million euros reached the border town of Kesh on Sunday.", "3 million euros")]
    [InlineData("On Friday volunteers unloaded blankets valued at $400,000 at the Tarvian airport.", "$400,000")]
    [InlineData("Tents worth $700,000 have been airlifted to the flooded town of Kesh, the Red Crescent said.", "$700,000")]
    public void Goods_valued_that_arrive_or_are_sent_are_delivered(string text, string amount) =>
        Assert.Equal(FundingStatus.Delivered, Figure(text, amount).Status);

    [Fact]
    public void Goods_a_modal_says_will_be_sent_are_pledged() =>
        Assert.Equal(FundingStatus.Pledged, Figure("The agency would also distribute food parcels worth $3 million to families in Tarvia, its director said.", "$3 million").Status);

    [Theory]
    [InlineData("Looters stole maize worth $2 million from a depot in Port Velna, the police said.", "$2 million")]
    [InlineData("A villa worth $2 million overlooks the harbour of Port Velna.", "$2 million")]
    public void Goods_lost_or_merely_valued_keep_no_status(string text, string amount) =>
        Assert.Equal(FundingStatus.Unspecified, Figure(text, amount).Status);
}
