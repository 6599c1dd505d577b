using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>A running total stated with "brings [its aid] to $X" is earlier money, and the day's figure stays news;
/// sentences written for the tests.</summary>
public class FundingRunningTotalTests
{
    private static readonly DateOnly June2025 = new(2025, 6, 10);

    private static IReadOnlyList<FundingFigure> Funding(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: June2025), "t.txt")).Funding;

    [Theory]
    [InlineData("Finland will give a further €4 million to UNICEF for refugees in Chad. The new money brings Finland's humanitarian support for Chad this year to €11 million.", "€11 million")]
    [InlineData("Portugal will provide €2 million for cholera treatment in Malawi. Today's decision brings Portuguese health funding to Malawi to about €9 million.", "€9 million")]
    public void A_running_total_named_by_its_aid_noun_is_previous(string text, string total)
    {
        var funding = Funding(text);
        Assert.Equal((FundingStatus.Pledged, FundingStatus.Previous),
            (funding.First().Status, funding.Single(f => f.AmountText == total).Status));
    }
}
