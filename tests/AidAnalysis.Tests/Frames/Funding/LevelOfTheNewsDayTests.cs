using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>A verb of level whose subject is dated to the news's own day ("The pledges announced on Monday stand at $X") sizes
/// the news, not a sum already in place (StatedLevel); sentences written for the tests.</summary>
public class LevelOfTheNewsDayTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2026, 3, 10)), "t.txt"))
            .Funding.First(f => f.AmountText == amount);

    [Theory]
    [InlineData("Ostravia pledges aid to Tarvia\n\nThe pledges Ostravia announced for Tarvia on Monday stand at $10 million, the embassy said.", "$10 million")]
    [InlineData("Ostravia pledges aid to Tarvia\n\nWhat Ostravia pledged to Tarvia today amounts to $10 million, the embassy said.", "$10 million")]
    [InlineData("Ostravia pledges aid to Tarvia\n\nOstravia's pledges made on Tuesday, its envoy said, totalled $10 million.", "$10 million")]
    public void A_level_of_the_news_day_is_not_background(string text, string amount) =>
        Assert.NotEqual(FundingStatus.Previous, Figure(text, amount).Status);

    [Theory]
    [InlineData("Aid\n\nOstravia's aid to Tarvia since 2022 stands at $10 million, the embassy said.", "$10 million")]
    [InlineData("Aid\n\nTotal pledges to the Tarvia fund have reached $10 million, the embassy said on Monday.", "$10 million")]
    public void A_level_of_earlier_money_stays_background(string text, string amount) =>
        Assert.Equal(FundingStatus.Previous, Figure(text, amount).Status);
}
