using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>The World Bank's lending arms give the World Bank's money (donor-bodies.tsv); texts written for the tests.</summary>
public class LendingArmDonorTests
{
    private static readonly DateOnly March2025 = new(2025, 3, 4);

    [Theory]
    [InlineData("The International Development Association")]
    [InlineData("The International Bank for Reconstruction and Development")]
    public void A_lending_arm_gives_for_the_World_Bank(string arm)
    {
        var text = "Bank backs drought relief\n\n" + arm + " approved a $50 million grant on Tuesday to help Malawi respond to the drought, the bank said.";
        var figure = TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: March2025), "t.txt")).Funding
            .Single(f => f.AmountText == "$50 million");
        Assert.Equal("World Bank", figure.Donor);
        Assert.Equal(arm["The ".Length..], figure.DonorBody);
    }
}
