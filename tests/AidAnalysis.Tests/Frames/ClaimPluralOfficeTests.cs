using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Office holders in the plural name no one person: they speak as an unnamed group.</summary>
public class ClaimPluralOfficeTests
{
    [Fact]
    public void Ministers_in_the_plural_are_an_unnamed_speaker()
    {
        var claim = Assert.Single(TestSupport.Analyze("Costs\n\nMinisters have said they want to cut the cost of housing by 2028.\n").Claims);
        Assert.Equal("Ministers", claim.Speaker);
        Assert.Equal("they want to cut the cost of housing by 2028", claim.Text);
    }
}
