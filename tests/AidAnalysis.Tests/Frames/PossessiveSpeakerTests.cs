using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>"the Chief Minister's Office spokesperson X said": the person written with a possessive is whose office speaks;
/// the named spokesperson is the speaker. Sentences written for the tests.</summary>
public class PossessiveSpeakerTests
{
    [Fact]
    public void The_named_spokesperson_after_a_possessive_title_is_the_speaker()
    {
        const string text = "Floods hit the north\n\n\"The dams held this year,\" Chief Minister's Office spokesperson Tomas Vilkas said.";
        var claims = TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(), "t.txt")).Claims;
        Assert.Equal("Tomas Vilkas", Assert.Single(claims).Speaker);
    }
}
