namespace AidAnalysis.Tests.Frames;

/// <summary>A person whose apposition ties the role to an unnamed body ("director of an aid group") works for no state.</summary>
public class UnnamedEmployerTests
{
    [Theory]
    // The place a role serves is no employer when the body is left unnamed.
    [InlineData("Norland needs tents. \"The camps are full,\" said Anna Berg, the Kenya director of an international aid group.", null)]
    // A verb phrase after the comma is no apposition: the state that owns the title stays.
    [InlineData("Norland needs tents. Kenya’s Defence Minister, Anna Berg, thanked donors in a post online.", "Kenya")]
    // A state that owns the name or the title, not read from the role, stays.
    [InlineData("Norland needs tents. Kenya’s Anna Berg, the leader of a three-party coalition, said the camps were full.", "Kenya")]
    [InlineData("Norland needs tents. Ghana’s envoy Anna Berg, the head of a government delegation, said the camps were full.", "Ghana")]
    // A nationality read from the role goes with it.
    [InlineData("Norland needs tents. \"The camps are full,\" said Anna Berg, the Kenyan director of an aid group.", null)]
    public void An_unnamed_employer_drops_a_state(string text, string? affiliation) =>
        Assert.Equal(affiliation, TestSupport.Analyze(text).Actors.Single(a => a.Name == "Anna Berg").Affiliation);
}
