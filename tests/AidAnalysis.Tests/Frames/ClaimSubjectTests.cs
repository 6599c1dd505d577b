using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Subjects before a cue that the actor layer may not hold: a bare name before an apposition, a relative clause
/// or an age.</summary>
public class ClaimSubjectTests
{
    [Theory]
    [InlineData("Port idle\n\nTariq Osei, a UN spokesperson, said the cranes were idle.\n", "Tariq Osei")]
    [InlineData("Port idle\n\nTariq Osei, who runs the WFP clinic, said the cranes were idle.\n", "Tariq Osei")]
    [InlineData("Port idle\n\nNancy Vell, 61, said the cranes were idle.\n", "Nancy Vell")]
    public void A_name_opening_the_sentence_speaks_across_its_apposition(string text, string speaker)
    {
        var claim = Assert.Single(TestSupport.Analyze(text).Claims);
        Assert.Equal(speaker, claim.Speaker);
        Assert.Equal(ActorKind.Person, claim.SpeakerKind);
        Assert.Equal("the cranes were idle", claim.Text);
    }
}
