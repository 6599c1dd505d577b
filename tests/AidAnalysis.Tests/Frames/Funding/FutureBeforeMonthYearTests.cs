using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>A future tense promises money whatever year or earlier month its month is read in; only a year written in the
/// sentence makes it earlier money (FundingBuilder.Read); sentences written for the tests, published in May.</summary>
public class FutureBeforeMonthYearTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2026, 5, 14)), "t.txt"))
            .Funding.First(f => f.AmountText == amount);

    [Theory]
    [InlineData("Ostravia will provide 50 million euros to Tarvia in October, the ministry said on Thursday.", "50 million euros")]
    [InlineData("In March, the Nordic fund will release $4 million for Tarvian schools, its board said.", "$4 million")]
    [InlineData("Ostravia would give Tarvia $8 million in November, its envoy told reporters.", "$8 million")]
    public void Money_promised_for_a_month_is_pledged(string text, string amount) =>
        Assert.Equal(FundingStatus.Pledged, Figure(text, amount).Status);

    [Theory]
    [InlineData("Ostravia gave 50 million euros in March to Tarvia, the ministry said.", "50 million euros")]
    [InlineData("Ostravia will give Tarvia the $45 million it promised in 2024, the ministry said.", "$45 million")]
    public void Money_of_an_earlier_month_or_written_year_is_background(string text, string amount) =>
        Assert.Equal(FundingStatus.Previous, Figure(text, amount).Status);
}
