using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>A programme figure inside a noun phrase ("under the country's $3bn programme", "whose $2bn facility",
/// "a framework of $5bn") is the earlier whole the news comes under, not the news; sentences written for the tests.</summary>
public class FundingProgrammeFigureTests
{
    private static readonly DateOnly March2025 = new(2025, 3, 4);

    private static IReadOnlyList<FundingFigure> Funding(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: March2025), "t.txt")).Funding;

    [Theory]
    [InlineData("The Asian Development Bank disbursed $120 million to Laos under the country's $900 million reform programme.", "$900 million")]
    [InlineData("The Asian Development Bank disbursed $120 million to Laos under its $900 million recovery facility.", "$900 million")]
    [InlineData("Bolivia's grant is the second drawn from a framework of $700 million for river defences through 2028.", "$700 million")]
    public void A_programme_figure_in_a_noun_phrase_is_previous(string text, string amount)
    {
        var funding = Funding(text);
        Assert.Equal(FundingStatus.Previous, funding.Single(f => f.AmountText == amount).Status);
    }

    [Fact]
    public void The_news_under_the_programme_keeps_its_own_status() =>
        Assert.Equal(FundingStatus.Delivered,
            Funding("The Asian Development Bank disbursed $120 million to Laos under the country's $900 million reform programme.")
                .Single(f => f.AmountText == "$120 million").Status);

    /// <summary>A lending instrument named by its amount ("the IMF's $4bn Extended Fund Facility") makes aid money of a
    /// sentence with no verb of giving: the earlier programme, financial.</summary>
    [Fact]
    public void A_named_lending_facility_is_financial_background()
    {
        var figure = Funding("Analysts warned that the drought could derail Tarvia's recovery under the IMF's $4bn Extended Fund Facility.")
            .Single(f => f.AmountText == "$4bn");
        Assert.Equal((FundingStatus.Previous, AidType.Financial), (figure.Status, figure.AidType));
    }
}
