using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Speaker phrases: people named by their trade, office holders in the plural, and a regional branch's possessive role
/// before a name in apposition.</summary>
public class ClaimSpeakerPhraseTests
{
    private static Claim OnlyClaim(string text) => Assert.Single(TestSupport.Analyze(text).Claims);

    [Theory]
    [InlineData("Prices\n\nThe price of a sack of flour has doubled since the spring, shop owners said.\n", "owners")]
    [InlineData("Prices\n\nThe price of a sack of flour has doubled since the spring, market vendors said.\n", "vendors")]
    public void People_named_by_their_trade_are_unnamed_speakers(string text, string head)
    {
        var claim = OnlyClaim(text);
        Assert.EndsWith(head, claim.Speaker, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("The price of a sack of flour", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ministers_in_the_plural_are_an_unnamed_speaker()
    {
        var claim = OnlyClaim("Costs\n\nMinisters have said they want to cut the cost of housing by 2028.\n");
        Assert.Equal("Ministers", claim.Speaker);
        Assert.Equal("they want to cut the cost of housing by 2028", claim.Text);
    }

    [Fact]
    public void The_name_after_a_branchs_possessive_role_speaks_not_the_body() =>
        Assert.Equal("Mira Kovac", OnlyClaim("Aid\n\nOxfam Asia's Nepal lead, Mira Kovac, said donors should send cash rather than blankets.\n").Speaker);
}
