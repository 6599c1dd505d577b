using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Quotations inside reported clauses: the cue after such a quotation, past a conjunction, opens a clause of its own.</summary>
public class ClaimQuotationClauseTests
{
    private static IReadOnlyList<Claim> Claims(string text) =>
        TestSupport.Analyze(text).Claims;

    [Theory]
    [InlineData("Minister Karin Holm called the plan \"a lifeline for the farmers of the valley\" but opposition leader Tomas Berg said it came too late.")]
    [InlineData("Minister Karin Holm called the plan \"a lifeline for the farmers of the valley\", though opposition leader Tomas Berg said it came too late.")]
    public void A_cue_past_a_conjunction_does_not_attribute_the_quotation_before_it(string text) =>
        Assert.DoesNotContain(Claims(text), c => c.Speaker == "Tomas Berg" && c.Text.Contains("lifeline", StringComparison.Ordinal));

    [Fact]
    public void A_cue_after_a_quotation_no_quote_claim_took_reports_its_own_statement()
    {
        var claims = Claims("Minister Karin Holm called the plan \"a lifeline for the farmers of the valley\" but opposition leader Tomas Berg said it came too late.");
        Assert.Contains(claims, c => c.Speaker == "Tomas Berg" && c.Text == "it came too late");
    }

    [Fact]
    public void A_quotation_inside_a_sentence_takes_that_sentences_subject_not_the_previous_quotations_speaker()
    {
        var claims = Claims("Aid\n\n\"We cannot be replaced overnight,\" said Jana Novak, the agency's director.\n\n"
            + "The border authority, the body that oversees the crossings, said in a statement that it was \"facilitating the entry of unprecedented volumes of aid\".\n");
        var claim = Assert.Single(claims, c => c.Text.Contains("facilitating", StringComparison.Ordinal));
        Assert.Equal("The border authority", claim.Speaker, ignoreCase: true);
    }
}
