using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests.Frames;

/// <summary>A giver that "will add" or "would put" money to, into or toward a fund or budget announces a contribution
/// (funding-cues.tsv); sentences written for the tests.</summary>
public class ContributionVerbStatusTests
{
    private static readonly DateOnly March2026 = new(2026, 3, 4);

    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: March2026), "t.txt")).Funding.First(f => f.AmountText == amount);

    [Theory]
    [InlineData("The Ruritanian government said on Tuesday that it would add 30 million euros to its relief budget for Borduria.", "30 million euros")]
    [InlineData("Elbonia will put another $12 million into the regional cholera fund, its foreign minister told reporters.", "$12 million")]
    [InlineData("Freedonia, the ministry said, would also put $8 million toward repairing clinics in Sylvania.", "$8 million")]
    public void A_giver_adding_or_putting_money_pledges_it(string text, string amount) =>
        Assert.Equal(FundingStatus.Pledged, Figure(text, amount).Status);

    [Theory]
    [InlineData("Acme Corp added $40 million in revenue in the second quarter, the company said.", "$40 million")]
    [InlineData("Officials put the damage from the storm at $90 million, the ministry said.", "$90 million")]
    public void Revenue_growth_and_a_loss_estimate_stay_unspecified(string text, string amount) =>
        Assert.Equal(FundingStatus.Unspecified, Figure(text, amount).Status);
}
