using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>The organisation a person speaks for, named after "of" next to a citing phrase or reporting verb, or pointed back to
/// by "its" before their title.</summary>
public class PersonOrganisationTests
{
    private static Actor? Person(string text, string name) =>
        TestSupport.Analyze(text).Actors.SingleOrDefault(a => a.Name == name && a.Kind == ActorKind.Person);

    [Theory]
    [InlineData("The convoy was delayed, according to Ewa Kowalczyk of UNICEF.", "Ewa Kowalczyk", "UNICEF")]
    [InlineData("Tariku Bekele of Oxfam said the wells were dry.", "Tariku Bekele", "Oxfam")]
    public void A_speaker_named_with_of_and_an_organisation_is_a_person_of_that_organisation(string text, string name, string organisation)
    {
        Assert.Equal(organisation, Person(text, name)?.Affiliation);
    }

    [Fact]
    public void Its_before_a_title_points_back_to_the_organisation_named_before()
    {
        var person = Person("UNICEF may close two clinics in the north, its country director Ines Valdivia said on Monday.", "Ines Valdivia");
        Assert.Equal("UNICEF", person?.Affiliation);
    }

    [Fact]
    public void The_agency_after_a_role_points_back_to_the_organisation_named_before_but_not_to_the_wire()
    {
        const string text = "AMMAN (AP) — UNICEF has closed two clinics. Dalia Nasser, a spokesperson for the agency, said staff had left.";
        Assert.Equal("UNICEF", Person(text, "Dalia Nasser")?.Affiliation);
        Assert.Null(Person("AMMAN (AP) — Dalia Nasser, a spokesperson for the agency, said staff had left.", "Dalia Nasser")?.Affiliation);
    }
}
