using AidAnalysis.Lexicons;

namespace AidAnalysis.Tests.Recognizers.Organizations;

/// <summary>The heads that are no name alone come from the "bare" class of org-heads.txt, as written.</summary>
public class BareOrganizationHeadsTests
{
    [Fact]
    public void Only_the_heads_marked_bare_are_no_name_alone()
    {
        var bare = Lexicon.Default.BareOrganizationHeads;
        Assert.True(bare.Contains("Cluster"));
        Assert.True(bare.Contains("Government"));
        Assert.False(bare.Contains("cluster"));
        Assert.False(bare.Contains("Ministry"));
        Assert.Contains("Cluster", Lexicon.Default.OrganizationHeads);
    }
}
