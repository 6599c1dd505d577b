using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>A year after "for"/"in" that modifies the noun after it ("$X for 2030 goals") does not date the sum, while one that
/// ends the amount's phrase ("$X in 2027, with ...") does (YearBesideAmount); sentences written for the tests.</summary>
public class YearModifierTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2026, 3, 10)), "t.txt"))
            .Funding.First(f => f.AmountText == amount);

    [Theory]
    [InlineData("Aid\n\nOstravia will give $30 million for 2030 goals over the next three years.", "$30 million")]
    [InlineData("Aid\n\nOstravia is to provide €12 million in 2028 prices over the coming five years, the ministry said.", "€12 million")]
    [InlineData("Aid\n\nThe Nordic fund will spend $4 million for 2029 targets over the next four years.", "$4 million")]
    public void A_year_that_modifies_a_noun_leaves_a_spread_sum_without_year(string text, string amount) =>
        Assert.Null(Figure(text, amount).Year);

    [Theory]
    [InlineData("Aid\n\nOstravia will give $30 million for 2027, with more over the next three years.", "$30 million", 2027)]
    [InlineData("Aid\n\nOstravia will give $30 million in 2027 alone, and more over the next three years.", "$30 million", 2027)]
    public void A_year_that_ends_the_amount_phrase_dates_it(string text, string amount, int year) =>
        Assert.Equal(year, Figure(text, amount).Year);
}
