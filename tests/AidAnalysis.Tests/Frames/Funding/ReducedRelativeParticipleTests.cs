using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>An "-ing" participle describing the noun of an amount's receiver ("$X for partners providing health care") is no
/// verb of the amount and says nothing of its status (ReducedRelativeParticiple); sentences written for the tests.</summary>
public class ReducedRelativeParticipleTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2026, 5, 14)), "t.txt"))
            .Funding.First(f => f.AmountText == amount);

    [Theory]
    [InlineData("Aid\n\nOstravia announced $45 million for Tarvia. It includes $30 million for the Red Cross and $15 million for partners providing health care.", "$15 million")]
    [InlineData("Aid\n\nOstravia announced $45 million for Tarvia. It includes $30 million for the Red Cross and $15 million for partners providing health care.", "$30 million")]
    [InlineData("Aid\n\nOstravia will channel $8 million through the Red Cross and $4 million to local groups providing shelter in Tarvia.", "$4 million")]
    [InlineData("Aid\n\nThe new package includes $6 million for clinics providing maternal care in Tarvia, the ministry said.", "$6 million")]
    public void A_participle_describing_the_receiver_does_not_deliver_the_money(string text, string amount) =>
        Assert.NotEqual(FundingStatus.Delivered, Figure(text, amount).Status);

    [Theory]
    [InlineData("Aid\n\nOstravia gave $8 million to Tarvia, providing tents and blankets to flood victims.", "$8 million")]
    [InlineData("Aid\n\nOstravia paid $8 million to Tarvia last week and is providing more this week.", "$8 million")]
    public void A_verb_of_the_clause_still_counts(string text, string amount) =>
        Assert.Equal(FundingStatus.Delivered, Figure(text, amount).Status);
}
