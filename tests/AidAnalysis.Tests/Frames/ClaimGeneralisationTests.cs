using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Constructions of attribution met in news copy beyond the dev corpus: coordinated that-clauses, descriptions
/// before a final cue, long adjuncts after it, figures and data as sources, thousands separators inside an aside.
/// Every fixture is written for these tests.</summary>
public class ClaimGeneralisationTests
{
    private static IReadOnlyList<Claim> Claims(string text) =>
        TestSupport.Analyze(text).Claims;

    [Fact]
    public void A_title_between_a_quotation_and_told_names_the_speaker_not_the_hearer()
    {
        var claim = Claims("Water Minister Amina Oduya toured the dam on Monday.\n\n\u201CWe will not leave the valley without water,\u201D the minister told the BBC in Kisumu.")
            .Single(c => c.Kind == ClaimKind.Quote);
        Assert.Equal("Amina Oduya", claim.Speaker);
    }

    [Fact]
    public void A_title_before_a_final_cue_names_the_holder_and_keeps_the_statement()
    {
        var claim = Claims("Water Minister Amina Oduya toured the dam on Monday.\n\nThe dam will reopen in June after repairs, the minister said.")
            .Single(c => c.Text.Contains("dam will reopen", StringComparison.Ordinal));
        Assert.Equal("Amina Oduya", claim.Speaker);
        Assert.Equal("The dam will reopen in June after repairs", claim.Text);
    }
}
