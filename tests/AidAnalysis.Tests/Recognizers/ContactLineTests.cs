using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>A press release's contact lines name people who work for the organisation after their name.</summary>
public class ContactLineTests
{
    private const string Release = """
        Seeds reach Ostrava valley

        OSTRAVA (Release) - UNICEF handed out 9,000 seed kits on Tuesday.

        For further information, please contact:
        Radka Vesela-Brun, UNICEF Ostrava
        Emeka Obiora, WFP/Lagos, Mob. +234 800 000 222, emeka.obiora@wfp.org
        """;

    [Theory]
    [InlineData("Radka Vesela-Brun", "UNICEF")]
    [InlineData("Emeka Obiora", "World Food Programme")]
    public void A_contact_line_names_a_person_of_its_organisation(string name, string organisation)
    {
        var person = TestSupport.Analyze(Release).Actors.Single(a => a.Name == name);
        Assert.Equal(ActorKind.Person, person.Kind);
        Assert.Equal(organisation, person.Affiliation);
    }

    [Fact]
    public void A_sentence_after_the_organisation_is_no_contact_line()
    {
        var actors = TestSupport.Analyze("Kessa Valley, UNICEF said on Tuesday, needs more seed.").Actors;
        Assert.DoesNotContain(actors, a => a.Kind == ActorKind.Person);
    }
}
