using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>"According to him, ...": the object pronoun resolves to the person named before, as "he said" does, and
/// no actor "him" is made. Sentences written for the tests.</summary>
public class AccordingToPronounTests
{
    [Fact]
    public void According_to_him_is_the_man_named_before()
    {
        const string text = "Floods in the south\n\nPeter Lund, the Norwegian envoy, toured Blantyre on Monday. According to him, some 40,000 people have lost their homes.";
        var result = TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(), "t.txt"));
        var claim = Assert.Single(result.Claims);
        Assert.Equal("Peter Lund", claim.Speaker);
        Assert.DoesNotContain(result.Actors, a => a.Name == "him");
    }
}
