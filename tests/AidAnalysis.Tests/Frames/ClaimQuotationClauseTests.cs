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
    public void A_cue_past_a_conjunction_reports_its_own_statement_not_the_quotation_before_it(string text)
    {
        var claims = Claims(text);
        Assert.DoesNotContain(claims, c => c.Speaker == "Tomas Berg" && c.Text.Contains("lifeline", StringComparison.Ordinal));
        Assert.Contains(claims, c => c.Speaker == "Tomas Berg" && c.Text == "it came too late");
    }

    [Fact]
    public void A_quotation_inside_a_sentence_takes_that_sentences_subject_not_the_previous_quotations_speaker()
    {
        var claims = Claims("Aid\n\n\"Nobody else knows how to run these kitchens,\" said Jana Novak, the agency's director.\n\n"
            + "The port authority, the office that runs the harbour, said on its website that it was \"clearing more cargo each week than ever before\".\n");
        var claim = Assert.Single(claims, c => c.Text.Contains("clearing", StringComparison.Ordinal));
        Assert.Equal("The port authority", claim.Speaker, ignoreCase: true);
    }
}
