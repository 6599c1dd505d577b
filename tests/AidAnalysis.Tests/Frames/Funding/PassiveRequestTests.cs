using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>An amount that is the subject of a passive verb of asking ("has been requested", "was sought") is money asked for
/// (PassiveRequest); sentences written for the tests.</summary>
public class PassiveRequestTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2026, 5, 14)), "t.txt"))
            .Funding.First(f => f.AmountText == amount);

    [Theory]
    [InlineData("Aid\n\nA further £90m has been requested for relief work in Tarvia.", "£90m")]
    [InlineData("Aid\n\nAnother $12 million was sought from donors by the Tarvian health ministry after the floods.", "$12 million")]
    [InlineData("Aid\n\nSome €40 million is now being requested by the Ostravian cabinet, officials said.", "€40 million")]
    [InlineData("Aid\n\nThe finance minister said $6 million had already been asked for to rebuild the clinics.", "$6 million")]
    public void Money_asked_for_in_the_passive_is_requested(string text, string amount) =>
        Assert.Equal(FundingStatus.Requested, Figure(text, amount).Status);

    [Theory]
    [InlineData("Aid\n\nOstravia said it has given $12 million to Tarvia, more than was requested.", "$12 million")]
    [InlineData("Aid\n\nOstravia sent $5 million to Tarvia on Monday, the requested sum.", "$5 million")]
    public void Money_not_the_subject_of_the_passive_is_not_requested(string text, string amount) =>
        Assert.NotEqual(FundingStatus.Requested, Figure(text, amount).Status);
}
