using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>A small sum followed by a period or a head is a rate, not money given (UnitRate); sentences written for the tests.</summary>
public class UnitRateTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 9, 2)), "t.txt"))
            .Funding.First(f => f.AmountText == amount);

    [Theory]
    [InlineData("Norway will give $6 million to the food agency, which now hands each displaced family $15 a week in cash.", "$15")]
    [InlineData("The charity pledged €2 million for shelters and will pay rent support of €40 per household.", "€40")]
    public void A_small_sum_per_period_or_head_has_no_aid_status(string text, string amount)
    {
        var rate = Figure(text, amount);
        Assert.Equal(FundingStatus.Unspecified, rate.Status);
        Assert.False(rate.Counted);
    }

    [Fact]
    public void A_large_monthly_sum_stays_money_given() =>
        Assert.Equal(FundingStatus.Pledged, Figure("Denmark will provide 300 million kroner a month to Moldova's budget until March.", "300 million kroner").Status);
}
