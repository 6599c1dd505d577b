using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>"tell" takes its hearer as object and its statement as a clause: with no clause after the hearer, the statement is
/// the one before the cue, and the hearer is never the statement.</summary>
public class TellHearerTests
{
    private static IReadOnlyList<Claim> Claims(string text) => TestSupport.Analyze(text).Claims;

    /// <summary>The one told/tells claim of <paramref name="text"/>, made by the invented speaker of every fixture here.</summary>
    private static Claim ToldClaim(string text)
    {
        var claim = Assert.Single(Claims(text), c => c.Cue is "told" or "tells");
        Assert.Equal("Karin Holm", claim.Speaker);
        return claim;
    }

    [Theory]
    [InlineData("The first 20 million kroner will go to water repairs in the north, Minister Karin Holm told reporters after the long session.", "The first 20 million kroner will go to water repairs")]
    [InlineData("The grant includes 40 million kroner for clinics in the valley, Minister Karin Holm told the regular weekly news briefing, adding that more may follow.", "The grant includes 40 million kroner for clinics")]
    [InlineData("The shortfall means the agency may have to close two clinics, its director, Dr Karin Holm, told the Norland Tribune.", "The shortfall means the agency may have to close two clinics")]
    [InlineData("Because the tents come from existing stocks, most of them could reach the camps within days, Minister Karin Holm tells the Tribune.", "most of them could reach the camps within days")]
    public void A_statement_before_told_and_its_hearer_is_the_speakers(string text, string fragment) =>
        Assert.Contains(fragment, ToldClaim(text).Text, StringComparison.Ordinal);

    [Fact]
    public void A_named_hearer_after_a_quotation_is_no_statement()
    {
        var claims = Claims("“We have the trucks but not the money to fill them,” Karin Holm, the agency’s head of office in the north, told Radio Norland on Friday.");
        Assert.DoesNotContain(claims, c => c.Text.Contains("Radio Norland", StringComparison.Ordinal));
        Assert.Contains(claims, c => c.Text.Contains("We have the trucks", StringComparison.Ordinal));
    }

    /// <summary>Near misses: an adjunct before the comma states nothing, and a clause after the hearer is the statement.</summary>
    [Fact]
    public void An_adjunct_before_told_and_its_hearer_is_not_the_statement()
    {
        var claims = Claims("In Tromsø on Monday, Minister Karin Holm told reporters about the talks.");
        Assert.DoesNotContain(claims, c => c.Text.StartsWith("In Tromsø", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, c => c.Text.Contains("reporters", StringComparison.Ordinal));
    }

    /// <summary>A clause after the hearer, whatever marks its verb (a modal, a plain present, an irregular past, a that), is the
    /// statement, without the hearer; the fronted clause before the comma is then no statement of the speaker's.</summary>
    [Theory]
    [InlineData("Minister Karin Holm told reporters the pier would reopen in May.", "the pier would reopen in May")]
    [InlineData("Minister Karin Holm told reporters the plan works.", "the plan works")]
    [InlineData("Minister Karin Holm tells donors the clinics need $5 million.", "the clinics need $5 million")]
    [InlineData("Minister Karin Holm told the committee the wells ran dry in May.", "the wells ran dry in May")]
    [InlineData("The talks were long, Minister Karin Holm told reporters the plan works.", "the plan works")]
    public void A_clause_after_the_hearer_is_the_statement(string text, string statement) =>
        Assert.Equal(statement, ToldClaim(text).Text);

    [Fact]
    public void A_that_clause_after_a_long_hearer_is_the_statement()
    {
        var text = "On Monday, Minister Karin Holm told the harbour board’s morning session that the pier is safe.";
        Assert.EndsWith("the pier is safe", ToldClaim(text).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Claims(text), c => c.Text.StartsWith("On Monday", StringComparison.Ordinal));
    }
}
