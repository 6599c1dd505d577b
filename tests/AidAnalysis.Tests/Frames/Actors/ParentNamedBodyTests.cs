using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Actors;

/// <summary>A body news also names for its parent (the European Commission for the European Union) belongs to the parent
/// where the text names the parent too, below its headline, and to no one where it stands alone for it.</summary>
public class ParentNamedBodyTests
{
    private static Actor Commission(ArticleAnalysis analysis) => analysis.Actors.Single(a => a.Name == "European Commission");

    [Fact]
    public void The_commission_belongs_to_the_union_the_text_also_names()
    {
        var analysis = TestSupport.Analyze("The European Commission will send €12 million to Moldova, its spokesman said on Monday. " +
                                           "The European Union has given Moldova €90 million since March.");
        Assert.Equal("European Union", Commission(analysis).Affiliation);
    }

    [Fact]
    public void The_commission_named_alone_stands_for_the_union_and_belongs_to_no_one()
    {
        var analysis = TestSupport.Analyze("The European Commission will send €12 million to Moldova, its spokesman said on Monday.");
        Assert.Null(Commission(analysis).Affiliation);
    }

    [Fact]
    public void A_headline_naming_the_union_as_a_modifier_does_not_count()
    {
        const string text = "Moldova welcomes EU money for flood relief\n\n" +
                            "The European Commission will send €12 million to Moldova, its spokesman said on Monday.\n";
        var analysis = TestSupport.Pipeline.Process(Article.FromText(text, new ArticleMetadata(Title: "Moldova welcomes EU money for flood relief"), "test.txt")).ToAnalysis();
        Assert.Null(Commission(analysis).Affiliation);
    }
}
