using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>"Oxfam's country lead, Maria Banda, said": a body's possessive with a role, then the person in apposition,
/// who speaks rather than the body. Sentences written for the tests.</summary>
public class OrganizationRoleAppositionTests
{
    [Fact]
    public void The_person_named_after_an_organisations_role_speaks()
    {
        const string text = "Floods in the south\n\nOxfam's country lead, Maria Banda, said the roads to Nsanje were closed.";
        var claim = Assert.Single(TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(), "t.txt")).Claims);
        Assert.Equal("Maria Banda", claim.Speaker);
    }
}
