using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>Organisations that only an apposition introduces ("Norvale, a fertiliser maker,"), and appositions that
/// describe a person or a place instead.</summary>
public class OrganizationAppositionTests
{
    private static IReadOnlyList<Actor> Actors(string text) => TestSupport.Analyze(text).Actors;

    [Theory]
    [InlineData("Norvale, a fertiliser maker, said it would donate $2 million. Norvale did not say when.", "Norvale")]
    [InlineData("Gifts came from Brightwater Capital, an investment firm based in Oslo.", "Brightwater Capital")]
    [InlineData("The Kestrel Trust, a local charity, handed out blankets.", "Kestrel Trust")]
    public void A_name_an_apposition_calls_an_organisation_is_one(string text, string name) =>
        Assert.Contains(Actors(text), a => a.Name == name && a.Kind == ActorKind.Organization);

    [Fact]
    public void The_organisation_is_found_wherever_its_name_recurs()
    {
        var organisation = Actors("Norvale, a fertiliser maker, said it would donate. Later Norvale sent trucks.").Single(a => a.Name == "Norvale");
        Assert.Equal(2, organisation.Mentions.Count);
    }

    [Theory]
    [InlineData("Anna Berg, a charity worker, said the camps were full.", "Anna Berg")]
    [InlineData("Kestrel, a city in the north, was flooded last week.", "Kestrel")]
    public void An_apposition_describing_a_person_or_a_place_makes_no_organisation(string text, string name) =>
        Assert.DoesNotContain(Actors(text), a => a.Name == name && a.Kind == ActorKind.Organization);
}
