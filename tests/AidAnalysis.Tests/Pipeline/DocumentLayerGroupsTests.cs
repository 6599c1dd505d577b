using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests.Pipeline;

/// <summary>The document keeps its layers in groups that copies share: a layer set on a copy is the copy's alone, and what is
/// built from a layer on first use is built again once that layer is set.</summary>
public class DocumentLayerGroupsTests
{
    private static AnalysisDocument Empty() => new(Article.FromText("Norway gave $5 million.", new ArticleMetadata(), "fixture.txt"));

    private static Actor Norway(int start) => new("A1", "Norway", ActorKind.Country, null, null, [new Span(start, start + 6)]);

    [Fact]
    public void A_layer_set_on_a_copy_leaves_the_original_and_the_other_layers_as_they_were()
    {
        var original = Empty() with { Paragraphs = [new Span(0, 23)], HomeState = "Norway" };
        var copy = original with { Sentences = [new Sentence(new Span(0, 23), 0)], Actors = [Norway(0)] };
        Assert.Empty(original.Sentences);
        Assert.Empty(original.Actors);
        Assert.Single(copy.Sentences);
        Assert.Equal(original.Paragraphs, copy.Paragraphs);
        Assert.Equal("Norway", copy.HomeState);
    }

    [Fact]
    public void The_actor_mention_index_is_built_again_when_the_actors_are_set()
    {
        var first = Empty() with { Actors = [Norway(0)] };
        Assert.Equal(0, first.ActorMentions.Within(new Span(0, 23)).Single().Span.Start);
        var second = first with { Actors = [Norway(10)] };
        Assert.Equal(10, second.ActorMentions.Within(new Span(0, 23)).Single().Span.Start);
        Assert.Equal(0, first.ActorMentions.Within(new Span(0, 23)).Single().Span.Start);
    }
}
