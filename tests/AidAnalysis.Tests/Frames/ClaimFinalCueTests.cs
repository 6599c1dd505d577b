using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>A sentence-final cue followed by an adjunct whose noun takes a relative "that" still closes the statement before it.</summary>
public class ClaimFinalCueTests
{
    [Fact]
    public void A_relative_that_in_an_adjunct_after_a_final_cue_does_not_open_the_statement()
    {
        var claim = Assert.Single(TestSupport.Analyze("Pledge\n\nKorvalia will provide 40 million euros to the region over three years, "
            + "Foreign Minister Karin Holm announced on Thursday, in a pledge that signals a shift in policy.\n").Claims);
        Assert.Equal("Karin Holm", claim.Speaker);
        Assert.Equal("Korvalia will provide 40 million euros to the region over three years", claim.Text);
    }
}
