namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>An actor whose gap to the cue is only spacing stays the subject when that spacing is wider than the
/// stretch in which a more specific actor is looked for.</summary>
public class SpeakerGapTests
{
    [Fact]
    public void An_actor_far_before_the_cue_across_spacing_still_speaks()
    {
        var text = "Harbour\n\nThe Tarvik Ferry Authority" + new string(' ', 75) + "said the ferries would sail again on Friday.\n";
        var claim = Assert.Single(TestSupport.Analyze(text).Claims);
        Assert.Equal("Tarvik Ferry Authority", claim.Speaker);
    }
}
