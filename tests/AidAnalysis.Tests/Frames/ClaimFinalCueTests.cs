using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>A sentence-final cue followed by an adjunct whose noun takes a relative "that" still closes the statement before it.</summary>
public class ClaimFinalCueTests
{
    [Fact]
    public void A_relative_that_in_an_adjunct_after_a_final_cue_does_not_open_the_statement()
    {
        var claim = Assert.Single(TestSupport.Analyze("Clinics\n\nKorvalia is to spend 25 million dollars on clinics in its northern districts by 2027, "
            + "Health Minister Karin Holm said on Friday, in a decision that ends a decade of cuts.\n").Claims);
        Assert.Equal("Karin Holm", claim.Speaker);
        Assert.Equal("Korvalia is to spend 25 million dollars on clinics in its northern districts by 2027", claim.Text);
    }
}

/// <summary>", he said, the agency could ...": with the speaker before the cue, a determiner after the closing comma opens the rest
/// of the statement, not an apposition; after ", said X," it still opens one.</summary>
public class ClaimParentheticalCueTests
{
    [Fact]
    public void A_determiner_after_a_speaker_first_parenthetical_continues_the_statement()
    {
        var claims = TestSupport.Analyze("Nancy Vell, the harbour master, met the donors on Friday. Without new money, she said, the office could close its three clinics by May.").Claims;
        var claim = Assert.Single(claims, c => c.Speaker == "Nancy Vell");
        Assert.Contains("the office could close its three clinics by May", claim.Text);
    }

    [Fact]
    public void A_determiner_after_a_speaker_named_after_the_cue_still_opens_an_apposition()
    {
        var claim = Assert.Single(TestSupport.Analyze("Clinics\n\nThe clinics will close by May, said Maria Lopez, the head of the Korvalia relief office.\n").Claims);
        Assert.Equal("The clinics will close by May", claim.Text);
    }
}
