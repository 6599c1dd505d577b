using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>An amount that is the object of a verb of coming after ("follows a $X release") is the earlier money the news
/// comes after: previous (FollowsEarlier); sentences written for the tests.</summary>
public class FollowsEarlierTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2026, 5, 14)), "t.txt"))
            .Funding.First(f => f.AmountText == amount);

    [Theory]
    [InlineData("Aid\n\nThe fund released $20 million for Tarvia on Monday. The allocation follows a $15 million release for the region in March.", "$15 million")]
    [InlineData("Aid\n\nOstravia pledged €8 million to Tarvia on Tuesday. The pledge comes after a €3 million grant for schools in January.", "€3 million")]
    [InlineData("Aid\n\nOstravia's new loan of $50 million, which followed about $30 million in emergency aid in April, was signed on Monday.", "$30 million")]
    public void Money_the_news_follows_is_previous(string text, string amount) =>
        Assert.Equal(FundingStatus.Previous, Figure(text, amount).Status);

    [Theory]
    [InlineData("Aid\n\nOstravia gave Tarvia $10 million on Monday, followed by $5 million from the Nordic fund.", "$5 million")]
    [InlineData("Aid\n\nThe new $20 million grant to Tarvia follows a visit by the Ostravian minister in May.", "$20 million")]
    public void Money_that_is_not_the_object_of_following_keeps_its_status(string text, string amount) =>
        Assert.NotEqual(FundingStatus.Previous, Figure(text, amount).Status);
}
