using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>An amount that is the subject of a modal verb of coming ("would follow", "will arrive") is promised money
/// (FutureArrival); sentences written for the tests.</summary>
public class FutureArrivalTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2026, 5, 14)), "t.txt"))
            .Funding.First(f => f.AmountText == amount);

    [Theory]
    [InlineData("Ostravia gave Tarvia 10 million euros on Monday for flood relief. A further 5 million euros would follow, the ministry said.", "5 million euros")]
    [InlineData("The Nordic fund sent $4 million to Tarvia last week. Another $2 million will also come before the rains, its director said.", "$2 million")]
    [InlineData("Ostravia paid the first $30 million of its grant on Monday, and the remaining $20 million will arrive by the end of the year.", "$20 million")]
    [InlineData("Ostravia released €8 million for schools on Monday; a second €3 million would flow to the health ministry, officials added.", "€3 million")]
    public void Money_that_will_come_is_pledged(string text, string amount) =>
        Assert.Equal(FundingStatus.Pledged, Figure(text, amount).Status);

    [Theory]
    [InlineData("Ostravia gave Tarvia 10 million euros on Monday. Talks on a further 5 million euros will follow, the ministry said.", "5 million euros")]
    [InlineData("Ostravia gave Tarvia 10 million euros on Monday. Another 5 million euros would be enough to rebuild the port, the mayor said.", "5 million euros")]
    public void Money_that_is_no_subject_of_coming_is_not_pledged(string text, string amount) =>
        Assert.NotEqual(FundingStatus.Pledged, Figure(text, amount).Status);
}
