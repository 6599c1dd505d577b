using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>The names in a participle clause after a sentence-final cue are what the speaker speaks of, not the speaker.</summary>
public class ClaimParticipleSpeakerTests
{
    [Fact]
    public void Bodies_named_in_a_participle_clause_after_the_cue_do_not_speak()
    {
        var claims = TestSupport.Analyze("Hunger\n\nNearly two million people face hunger, the review committee said, blaming the fighting between "
            + "the Sudanese Armed Forces and the Rapid Support Forces for blocking aid.\n").Claims;
        var claim = Assert.Single(claims, c => c.Text == "Nearly two million people face hunger");
        Assert.Equal("the review committee", claim.Speaker);
        Assert.DoesNotContain(claims, c => c.Speaker.Contains("Forces", StringComparison.Ordinal));
    }
}
