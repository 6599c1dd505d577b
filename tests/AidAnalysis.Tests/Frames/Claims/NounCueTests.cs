namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>A cue's bare form that is as often a noun ("the blame") is not read as a reporting verb. Fixtures are invented.</summary>
public class NounCueTests
{
    [Fact]
    public void The_noun_blame_is_no_cue()
    {
        var claims = TestSupport.Analyze("Aid review\n\nDonors share the blame for the shortfall in Tonga.\n").Claims;
        Assert.DoesNotContain(claims, c => c.Cue == "blame");
    }

    [Fact]
    public void The_past_form_blamed_is_still_a_cue()
    {
        var claims = TestSupport.Analyze("Aid review\n\nDonors blamed the ministry for the shortfall in Tonga.\n").Claims;
        Assert.Contains(claims, c => c.Cue == "blamed");
    }
}
