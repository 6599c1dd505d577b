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
}
