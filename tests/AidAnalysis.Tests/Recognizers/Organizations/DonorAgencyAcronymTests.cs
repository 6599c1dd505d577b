namespace AidAnalysis.Tests.Recognizers.Organizations;

/// <summary>Donor governments' aid agencies that news names by their acronym alone are organisations of their own state.</summary>
public class DonorAgencyAcronymTests
{
    [Theory]
    [InlineData("Norland asked for help, and the FCDO sent tents to Norland on Monday.", "FCDO", "United Kingdom")]
    [InlineData("Norland asked for help, and the ECHO team reached Norland on Monday.", "ECHO", "European Union")]
    [InlineData("Norland asked for help, and AFAD sent tents to Norland on Monday.", "AFAD", "Turkey")]
    public void An_agency_named_by_its_acronym_alone_is_an_organisation_of_its_state(string text, string acronym, string state)
    {
        var actor = TestSupport.Analyze(text).Actors.Single(a => a.Mentions.Any(m => text[m.Start..m.End] == acronym));
        Assert.Equal(state, actor.Affiliation);
    }
}
