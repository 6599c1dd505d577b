using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>Names that are organisations and not people: an organisation noun at the end (Corps, Crescent, Relief), a body named
/// after a titled person, a name defined by its initials in parentheses, and aid bodies the gazetteer knows.</summary>
public class OrganizationKindTests
{
    private static IReadOnlyList<Actor> Actors(string text) => TestSupport.Analyze(text).Actors;

    [Theory]
    [InlineData("Northwind Relief Corps said on Monday it had sent tents to the valley.", "Northwind Relief Corps")]
    [InlineData("The trucks reached the border, the Zambaru Red Crescent said.", "Zambaru Red Crescent")]
    [InlineData("The Lake Basin Water Trust (LBWT) will repair the pumps, officials said.", "Lake Basin Water Trust")]
    [InlineData("Islamic Relief said it would open two kitchens.", "Islamic Relief Worldwide")]
    public void A_name_built_as_an_organisations_is_an_organisation(string text, string name)
    {
        var actors = Actors(text);
        Assert.Contains(actors, a => a.Name == name && a.Kind == ActorKind.Organization);
        Assert.DoesNotContain(actors, a => a.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_body_named_after_a_titled_person_is_an_organisation_not_that_person()
    {
        var actors = Actors("The Sheikh Tamim Humanitarian Aid Centre signed a $5 million agreement with UNICEF.");
        Assert.Contains(actors, a => a.Name == "Sheikh Tamim Humanitarian Aid Centre" && a.Kind == ActorKind.Organization);
        Assert.DoesNotContain(actors, a => a.Kind == ActorKind.Person);
    }

    [Theory]
    [InlineData("Emergency Relief Coordinator Tomas Ferreira said the appeal was underfunded.", "Emergency Relief")]
    [InlineData("Relief goods reached the port on Thursday.", "Relief")]
    public void A_portfolio_before_a_title_or_a_lone_organisation_noun_is_no_organisation(string text, string name)
    {
        Assert.DoesNotContain(Actors(text), a => a.Name == name);
    }
}
