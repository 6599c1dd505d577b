using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>A news outlet's occupational title before a name ("Associated Press writer X") names a person the outlet employs.</summary>
public class NewsStaffTitleTests
{
    [Fact]
    public void A_writer_named_after_the_outlet_in_a_contribution_line_is_a_person_of_the_outlet()
    {
        const string text = "Wells reopen in the hills\n\nKORVA (AP) — Engineers reopened 40 wells on Monday, the UN said.\n\n" +
                             "Associated Press writer Tessa Morlund in Vetka contributed to this report.";
        var writer = TestSupport.Analyze(text).Actors.Single(a => a.Name == "Tessa Morlund");
        Assert.Equal(ActorKind.Person, writer.Kind);
        Assert.Equal("Associated Press", writer.Affiliation);
    }
}
