using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>A stretch of "the year" ("the first nine months of the year", "earlier in the year") dates a figure in the
/// publication's year; sentences written for the tests.</summary>
public class FundingYearTests
{
    private static readonly DateOnly November2025 = new(2025, 11, 10);

    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: November2025), "t.txt")).Funding
            .Single(f => f.AmountText == amount);

    [Theory]
    [InlineData("Coffee exports rose to $3.2 billion in the first nine months of the year, the central bank said.", "$3.2 billion")]
    [InlineData("Remittances reached $900 million in the last quarter of the year, the ministry said.", "$900 million")]
    [InlineData("Earlier in the year, the fund paid out $40 million to farmers in the north.", "$40 million")]
    public void A_stretch_of_the_year_dates_the_figure_in_the_publication_year(string text, string amount) =>
        Assert.Equal(2025, Figure(text, amount).Year);

    [Theory]
    [InlineData("Norway has provided more than NOK 5 billion in aid to Malawi since the floods began in May 2019.", "NOK 5 billion")]
    [InlineData("The agency has spent about $9 million on shelters since its founding in 2019.", "$9 million")]
    public void A_year_that_ends_a_since_phrase_dates_no_figure(string text, string amount) =>
        Assert.Null(Figure(text, amount).Year);

    /// <summary>A day written before its month ("14 October", British and UN style) dates the figure in the publication's year.</summary>
    [Fact]
    public void A_day_first_date_dates_earlier_money() =>
        Assert.Equal(2025, Figure("On 14 October the agency had previously received $5 million from Japan.", "$5 million").Year);

    /// <summary>Money received "as of" a date is cumulative, and the date gives its year.</summary>
    [Fact]
    public void Money_received_as_of_a_day_first_date_is_previous_of_that_year()
    {
        var figure = Figure("As of 14 October, the fund had received about $48 million in contributions.", "$48 million");
        Assert.Equal((FundingStatus.Previous, 2025), (figure.Status, figure.Year));
    }
}
