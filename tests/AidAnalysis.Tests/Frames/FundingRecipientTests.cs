using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Who receives and who gives a figure; sentences written for the tests.</summary>
public class FundingRecipientTests
{
    private static readonly DateOnly June2025 = new(2025, 6, 10);

    private static IReadOnlyList<FundingFigure> Funding(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: June2025), "t.txt")).Funding;

    [Theory]
    [InlineData("Ireland is adding €3 million for Fiji's recovery after Cyclone Lola. Of this, €1 million will go to UNICEF for schools.", "Fiji")]
    [InlineData("Norway will provide $8 million for Haiti's reconstruction after the earthquake.", "Haiti")]
    public void A_state_whose_recovery_the_money_pays_for_receives_it(string text, string recipient) =>
        Assert.Equal(recipient, Funding(text).First().Recipient);

    [Theory]
    [InlineData("Austria will provide €12 million to help Moldova host refugees from Ukraine.")]
    [InlineData("Austria will provide €12 million for families fleeing from Ukraine to Moldova.")]
    public void Where_refugees_come_from_is_not_the_donor(string text) =>
        Assert.Equal("Austria", Funding(text).First().Donor);

    [Theory]
    [InlineData("Peru will give $2 million through the U.N. refugee agency to help families in Chile.", "UN Refugee Agency")]
    [InlineData("Chile pledged $4 million to the UN children's agency for schools in Haiti.", "UNICEF")]
    [InlineData("Bolivia gave $1 million to the U.N. food agency for meals in Peru.", "World Food Programme")]
    public void A_UN_agency_named_by_its_wire_description_is_that_agency(string text, string agency)
    {
        var figure = Funding(text).First();
        Assert.Contains(agency, new[] { figure.Recipient, figure.Channel });
    }
}
