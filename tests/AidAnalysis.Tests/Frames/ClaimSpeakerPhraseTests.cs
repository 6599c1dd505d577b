using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Speaker phrases: people named by their trade, office holders in the plural, and a regional branch's possessive role
/// before a name in apposition.</summary>
public class ClaimSpeakerPhraseTests
{
    private static Claim OnlyClaim(string text) => Assert.Single(TestSupport.Analyze(text).Claims);

    [Theory]
    [InlineData("Prices\n\nA kilo of lentils now costs three times what it did in March, shop owners said.\n", "owners")]
    [InlineData("Prices\n\nA kilo of lentils now costs three times what it did in March, market vendors said.\n", "vendors")]
    public void People_named_by_their_trade_are_unnamed_speakers(string text, string head)
    {
        var claim = OnlyClaim(text);
        Assert.EndsWith(head, claim.Speaker, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("A kilo of lentils", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ministers_in_the_plural_are_an_unnamed_speaker()
    {
        var claim = OnlyClaim("Waiting lists\n\nMinisters have said hospital waiting lists will be halved before 2031.\n");
        Assert.Equal("Ministers", claim.Speaker);
        Assert.Equal("hospital waiting lists will be halved before 2031", claim.Text);
    }

    [Fact]
    public void The_name_after_a_branchs_possessive_role_speaks_not_the_body() =>
        Assert.Equal("Mira Kovac", OnlyClaim("Shelters\n\nCaritas Europe's Moldova coordinator, Mira Kovac, said the shelters needed heaters before the first frost.\n").Speaker);
}
