using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers.Organizations;

/// <summary>Coordination mechanisms and clusters, platforms, police forces and campaigns are named like other
/// bodies: capitalised words ending in their noun ("Lakeside Coordination Mechanism", "Water Cluster").</summary>
public class OrganisationHeadNounTests
{
    [Theory]
    [InlineData("Aid reached the valley through the Lakeside Coordination Mechanism, officials said.", "Lakeside Coordination Mechanism")]
    [InlineData("The Water Cluster said wells were dry.", "Water Cluster")]
    [InlineData("Donations were collected by Coastal Aid Platform last week.", "Coastal Aid Platform")]
    [InlineData("Officers of the Verdan National Police guarded the convoy.", "Verdan National Police")]
    [InlineData("The Clean Wells Campaign asked donors for more.", "Clean Wells Campaign")]
    public void A_name_ending_in_the_noun_is_an_organisation(string text, string name)
    {
        Assert.Contains(TestSupport.Analyze(text).Actors, a => a.Kind == ActorKind.Organization && a.Name == name);
    }

    [Fact]
    public void The_noun_alone_is_no_organisation()
    {
        Assert.DoesNotContain(TestSupport.Analyze("Police said the road was closed.").Actors, a => a.Kind == ActorKind.Organization && a.Name == "Police");
    }
}
