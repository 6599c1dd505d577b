using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>"X, Norway’s ambassador to Y, said": an apposition opened by its owner in the possessive gives the person, the title
/// after the possessive as role and the owner as affiliation; an owned noun that is no role gives no role or owner.</summary>
public class PossessorAppositionTests
{
    private static Actor? Person(string text, string name) =>
        TestSupport.Analyze(text).Actors.FirstOrDefault(a => a.Name == name && a.Kind == ActorKind.Person);

    [Theory]
    [InlineData("Karl Dahl, Norway’s ambassador to Tavira, said the tents were welcome.", "Karl Dahl", "ambassador", "Norway")]
    [InlineData("Ana Ruiz, Sweden's minister for international development, told reporters the camps were full.", "Ana Ruiz", "minister", "Sweden")]
    [InlineData("Tom Berg, Norway’s envoy, has also said the tents were welcome.", "Tom Berg", "envoy", "Norway")]
    [InlineData("Lena Holm, UNICEF’s representative in Tavira, said schools were closed.", "Lena Holm", "representative", "UNICEF")]
    public void An_owner_in_the_possessive_is_the_affiliation_and_its_title_the_role(string text, string name, string role, string affiliation)
    {
        var person = Assert.IsType<Actor>(Person(text, name));
        Assert.Equal(role, person.Role);
        Assert.Equal(affiliation, person.Affiliation);
    }

    [Theory]
    [InlineData("Karl Dahl, Norway’s pledge for Tavira, was welcomed by the camps.", "Karl Dahl")]
    [InlineData("In New Nordvik, Tavira’s largest city, officials said the camps were full.", "New Nordvik")]
    public void An_owned_noun_that_is_no_role_names_no_person(string text, string name) =>
        Assert.True(Person(text, name) is not { } person || person.Role is null && person.Affiliation is null);
}
