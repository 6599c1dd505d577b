using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>Money deposited with a central bank is transferred (funding-cues.tsv "deposited"); sentences written for the tests.</summary>
public class DepositTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2026, 5, 14)), "t.txt"))
            .Funding.First(f => f.AmountText == amount);

    [Theory]
    [InlineData("Ruritania has deposited $3 billion with the central bank of Tarvia, the bank said on Wednesday.", "$3 billion", FundingStatus.Delivered)]
    [InlineData("To shore up its reserves, Tarvia's central bank said Ruritania deposited $2 billion with it last week.", "$2 billion", FundingStatus.Delivered)]
    [InlineData("Ruritania will deposit $1 billion with Tarvia's central bank to support its currency, the finance minister said.", "$1 billion", FundingStatus.Pledged)]
    public void A_deposit_placed_as_the_news_is_money_given(string text, string amount, FundingStatus status) =>
        Assert.Equal(status, Figure(text, amount).Status);

    [Fact]
    public void A_deposit_of_an_earlier_time_is_background() =>
        Assert.Equal(FundingStatus.Previous, Figure("Ruritania had deposited $2 billion with Tarvia's central bank before the crisis, the governor recalled.", "$2 billion").Status);

    [Fact]
    public void Deposits_withdrawn_are_no_money_given() =>
        Assert.NotEqual(FundingStatus.Delivered, Figure("Savers withdrew deposits of $5 million from Tarvian banks during the panic.", "$5 million").Status);
}
