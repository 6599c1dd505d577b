using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>The names in a participle clause after a sentence-final cue are what the speaker speaks of, not the speaker.</summary>
public class ClaimParticipleSpeakerTests
{
    [Fact]
    public void Bodies_named_in_a_participle_clause_after_the_cue_do_not_speak()
    {
        var claims = TestSupport.Analyze("Water\n\nSome 300,000 families in the east lack clean water, the monitoring committee said, blaming raids by "
            + "the Northern Liberation Army and the Coastal Defence Front on the pumping stations.\n").Claims;
        var claim = Assert.Single(claims, c => c.Text == "Some 300,000 families in the east lack clean water");
        Assert.Equal("the monitoring committee", claim.Speaker);
        Assert.DoesNotContain(claims, c => c.Speaker.Contains("Army", StringComparison.Ordinal) || c.Speaker.Contains("Front", StringComparison.Ordinal));
    }
}
