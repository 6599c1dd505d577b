using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>"..., the development minister, Ingrid Solberg, said." / "..., Peter Lund, the development minister, said on Tuesday.": a sentence-final attribution whose speaker is a
/// title and a name in apposition still leaves the statement before it as the claim. Sentences written for the tests.</summary>
public class FinalAppositionAttributionTests
{
    private static IReadOnlyList<Claim> Claims(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(), "t.txt")).Claims;

    [Theory]
    [InlineData("Norway pledges aid\n\nNorway will give $4 million to Malawi for flood relief, the development minister, Ingrid Solberg, said.")]
    [InlineData("Norway pledges aid\n\nNorway will give $4 million to Malawi for flood relief, Peter Lund, the development minister, said on Tuesday.")]
    public void The_statement_before_a_title_and_name_in_apposition_is_the_claim(string text)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Matches("^(Ingrid Solberg|Peter Lund)$", claim.Speaker);
        Assert.StartsWith("Norway will give $4 million to Malawi", claim.Text);
    }

    [Fact]
    public void An_aside_and_an_inverted_speaker_after_the_cue_are_no_apposition()
    {
        const string text = "Floods in the south\n\nThe pumps, he added, were running day and night, said Peter Lund, a Norwegian engineer.";
        var claim = Assert.Single(Claims(text), c => c.Cue == "said");
        Assert.Equal("Peter Lund", claim.Speaker);
    }
}
