using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>People named by their trade speak as unnamed groups ("shop owners said", "vendors say").</summary>
public class ClaimTradeSpeakerTests
{
    [Theory]
    [InlineData("Prices\n\nThe price of a sack of flour has doubled since the spring, shop owners said.\n", "owners")]
    [InlineData("Prices\n\nThe price of a sack of flour has doubled since the spring, market vendors said.\n", "vendors")]
    public void People_named_by_their_trade_are_unnamed_speakers(string text, string head)
    {
        var claim = Assert.Single(TestSupport.Analyze(text).Claims);
        Assert.EndsWith(head, claim.Speaker, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("The price of a sack of flour", claim.Text, StringComparison.Ordinal);
    }
}
