using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>A period after the amount that ends in a later year spreads it over several years, so it has no year
/// (SpanToLaterYear); sentences written for the tests.</summary>
public class SpanToLaterYearTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 9, 2)), "t.txt"))
            .Funding.First(f => f.AmountText == amount);

    [Theory]
    [InlineData("The health alliance said it needs $900 million to bring the new vaccine to twelve countries through 2029.", "$900 million")]
    [InlineData("The lender, whose $2 billion credit programme with Freedonia runs until March 2027, declined to comment.", "$2 billion")]
    public void Money_over_a_period_ending_in_a_later_year_has_no_year(string text, string amount) =>
        Assert.Null(Figure(text, amount).Year);

    [Fact]
    public void A_period_ending_in_the_article_year_keeps_it() =>
        Assert.Equal(2025, Figure("The health alliance said it needs $900 million to bring the new vaccine to twelve countries through December 2025.", "$900 million").Year);

    // The period closes a relative clause about the receiver, not the amount's own clause.
    [Theory]
    [InlineData("Freedonia pledged $10 million on Tuesday to the regional refugee agency, whose response plan runs through 2027.", "$10 million")]
    [InlineData("Freedonia pledged $10 million on Tuesday to a relief fund, which will stay open until 2028.", "$10 million")]
    public void A_period_in_a_relative_clause_after_the_amount_keeps_the_article_year(string text, string amount) =>
        Assert.Equal(2025, Figure(text, amount).Year);
}
