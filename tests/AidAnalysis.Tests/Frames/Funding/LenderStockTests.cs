using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>A lender's portfolio, outstanding loans or total commitments stated as a level is background money (LenderStock);
/// news of a new loan or commitment beside it stays news. Sentences written for the tests.</summary>
public class LenderStockTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2026, 3, 10)), "t.txt"))
            .Funding.First(f => f.AmountText == amount);

    [Theory]
    [InlineData("Lender in Tarvia\n\nThe Ostravian Development Bank's portfolio in Tarvia now stands at roughly $3 billion, its office said.", "$3 billion")]
    [InlineData("Lender in Tarvia\n\nAs of January, the bank ran 12 operations in Tarvia with total commitments of $640 million, spanning roads and water.", "$640 million")]
    [InlineData("Lender in Tarvia\n\nOstravia is a big creditor. Its outstanding concessional credits to Tarvia, according to the treasury, total about $1.2 billion.", "$1.2 billion")]
    public void A_lenders_stock_is_background(string text, string amount) =>
        Assert.Equal(FundingStatus.Previous, Figure(text, amount).Status);

    [Theory]
    [InlineData("Lender in Tarvia\n\nThe Ostravian Development Bank approved a new $200 million loan to Tarvia, bringing its portfolio to $2 billion.", "$200 million")]
    [InlineData("Lender in Tarvia\n\nThe Ostravian Development Bank committed $50 million to Tarvia on Monday for rural roads.", "$50 million")]
    public void News_beside_a_stock_stays_news(string text, string amount) =>
        Assert.NotEqual(FundingStatus.Previous, Figure(text, amount).Status);
}
