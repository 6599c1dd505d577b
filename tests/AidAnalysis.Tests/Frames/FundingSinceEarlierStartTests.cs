using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>A running total counted from a month of an earlier year or from the start of an undated event has no one year;
/// sentences written for the tests.</summary>
public class FundingSinceEarlierStartTests
{
    private static readonly DateOnly April2031 = new(2031, 4, 9);

    private static int? YearOf(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: April2031), "t.txt")).Funding
            .Single(f => f.AmountText == amount).Year;

    [Theory]
    [InlineData("The grant, announced on Monday, brings total Danish aid for the camps since November to more than $40 million.", "$40 million")]
    [InlineData("Since the start of the war, Norway has made available nearly $90 million in support to Moldova.", "$90 million")]
    [InlineData("Chile has given $7 million to the clinics since the outbreak of the epidemic.", "$7 million")]
    public void A_total_since_an_earlier_start_dates_no_figure(string text, string amount) =>
        Assert.Null(YearOf(text, amount));

    [Fact]
    public void A_total_since_a_month_of_this_year_keeps_its_year() =>
        Assert.Equal(2031, YearOf("The grant brings total Danish aid for the camps since February to more than $40 million.", "$40 million"));
}
