using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>"X did not immediately respond.": the wire closer without its object is the same unanswered request for comment as
/// "did not immediately respond to a request for comment", a claim of X's. Invented sentences.</summary>
public sealed class UnansweredRequestTests
{
    [Theory]
    [InlineData("The Valdorian army did not immediately respond.", "The Valdorian army")]
    [InlineData("Nordland's foreign ministry didn't immediately respond to emails on Sunday.", "foreign ministry")]
    [InlineData("A spokesperson for the Portvale port authority, which runs the crossing, did not immediately respond.", "Portvale port authority")]
    public void The_closer_is_the_speaker_s_claim(string text, string speaker)
    {
        var claim = Assert.Single(TestSupport.Analyze("Aid\n\n" + text).Claims);
        Assert.Equal(ClaimKind.Reported, claim.Kind);
        Assert.Contains(speaker, claim.Speaker, StringComparison.Ordinal);
        Assert.StartsWith("did", claim.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The patient did not respond to treatment.")]
    [InlineData("The pumps did not respond quickly enough to the flood.")]
    public void Other_failures_to_respond_are_no_claim(string text) =>
        Assert.Empty(TestSupport.Analyze("Aid\n\n" + text).Claims);
}
