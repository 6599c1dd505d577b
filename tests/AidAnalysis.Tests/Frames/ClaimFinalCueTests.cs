using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>A sentence-final cue followed by an adjunct whose noun takes a relative "that" still closes the statement before it.</summary>
public class ClaimFinalCueTests
{
    [Fact]
    public void A_relative_that_in_an_adjunct_after_a_final_cue_does_not_open_the_statement()
    {
        var claim = Assert.Single(TestSupport.Analyze("Clinics\n\nKorvalia is to spend 25 million dollars on clinics in its northern districts by 2027, "
            + "Health Minister Karin Holm said on Friday, in a decision that ends a decade of cuts.\n").Claims);
        Assert.Equal("Karin Holm", claim.Speaker);
        Assert.Equal("Korvalia is to spend 25 million dollars on clinics in its northern districts by 2027", claim.Text);
    }
}
