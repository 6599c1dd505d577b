using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>A period of years in the lead figure's own sentence is the news's programme, not the earlier one the news comes
/// under (CumulativeTotals); sentences written for the tests.</summary>
public class PackageOverComingYearsTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2026, 5, 14)), "t.txt"))
            .Funding.First(f => f.AmountText == amount);

    [Theory]
    [InlineData("The Nordic Bank approved a $100 million package for Tarvia on Thursday, including a $60 million loan and a $40 million grant over the next two years.", "$40 million")]
    [InlineData("The Nordic Bank approved a $100 million package for Tarvia over the next three years, including a $60 million loan and a $40 million grant.", "$60 million")]
    [InlineData("Ostravia pledged €50 million to Tarvia on Monday, with €20 million of it for schools over the next five years.", "€20 million")]
    public void A_part_in_the_lead_sentence_is_not_background(string text, string amount) =>
        Assert.NotEqual(FundingStatus.Previous, Figure(text, amount).Status);

    [Theory]
    [InlineData("Ostravia gave €5 million to Tarvia on Monday for flood relief. It will provide €200 million to Tarvia over the next four years, the minister added.", "€200 million")]
    [InlineData("Donors pledged $2 billion to the Tarvian fund on Friday for the next four years, short of the $9 billion promised over the next four years by richer states.", "$9 billion")]
    [InlineData("The Nordic Bank disbursed $8 million to Tarvia on Thursday. The bank has pledged $90 million to Tarvia over the next three years.", "$90 million")]
    public void A_programme_in_another_sentence_stays_background(string text, string amount) =>
        Assert.Equal(FundingStatus.Previous, Figure(text, amount).Status);
}
