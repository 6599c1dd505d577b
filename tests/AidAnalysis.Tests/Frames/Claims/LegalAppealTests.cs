namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>"appealed to" a court is a legal appeal and no claim; a court word later in the object, after the hearer's
/// phrase has closed, leaves the plea to the hearer a claim. Fixtures are invented.</summary>
public class LegalAppealTests
{
    [Fact]
    public void A_court_word_after_the_hearers_phrase_keeps_the_appeal_a_claim()
    {
        var claims = TestSupport.Analyze("Court funding\n\nInterior Minister Ana Perel appealed to donors for tribunal repairs on Monday.\n").Claims;
        Assert.Contains(claims, c => c.Cue == "appealed to");
    }

    [Fact]
    public void An_appeal_to_a_court_makes_no_claim()
    {
        var claims = TestSupport.Analyze("Court ruling\n\nInterior Minister Ana Perel appealed to the regional tribunal against the fine on Monday.\n").Claims;
        Assert.DoesNotContain(claims, c => c.Cue == "appealed to");
    }
}
