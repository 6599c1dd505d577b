using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>A body that gives for the donor (its ministry, agency or department) passes the money on and receives none of it
/// abroad (FundingParties.IsGiversOwnBody); a state spending at home funds its body (StateLevelRecipientTests); sentences written
/// for the tests.</summary>
public class GiversOwnBodyTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 3, 4)), "t.txt"))
            .Funding.First(f => f.AmountText == amount);

    [Theory]
    [InlineData("Japan will give $5 million in emergency aid to the Japan International Cooperation Agency for flood victims in Pakistan.", "$5 million", "Japan International Cooperation Agency")]
    [InlineData("Finland approved a package of 30 million euros for the Defence Ministry to buy mine-clearing equipment for Ukraine.", "30 million euros", "Defence Ministry")]
    [InlineData("The United States announced $40 million for the Department of Defense to send ammunition to Ukraine.", "$40 million", "Department of Defense")]
    public void The_donors_own_body_is_no_recipient(string text, string amount, string body) =>
        Assert.NotEqual(body, Figure(text, amount).Recipient);

    [Fact]
    public void An_organisation_of_the_donors_state_that_is_no_state_body_receives() =>
        Assert.Equal("Canadian Red Cross", Figure("Canada will give $2 million to the Canadian Red Cross for the flood appeal.", "$2 million").Recipient);
}
