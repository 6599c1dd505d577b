using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers.Organizations;

/// <summary>"the Harlow administration": a government named by its leader with a lower-case head is an organisation, not the
/// leader. Sentences and names invented for the tests.</summary>
public class LeaderAdministrationTests
{
    private static IReadOnlyList<Actor> Actors(string text) => TestSupport.Analyze(text).Actors;

    [Fact]
    public void The_leaders_administration_is_an_organisation_not_the_leader()
    {
        var actors = Actors("Clinics in Lakeland closed after the Harlow administration froze its grants in March.");
        Assert.Contains(actors, a => a.Name == "Harlow administration" && a.Kind == ActorKind.Organization);
        Assert.DoesNotContain(actors, a => a.Name == "Harlow" && a.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_joint_leadership_is_one_administration()
    {
        var actors = Actors("The Harlow-Vance administration on Monday announced new grants for Lakeland.");
        Assert.Contains(actors, a => a.Name == "Harlow-Vance administration" && a.Kind == ActorKind.Organization);
    }

    [Fact]
    public void Without_the_determiner_the_name_modifies_the_noun_after_it()
    {
        var actors = Actors("Senior Harlow administration officials told lawmakers the grants would end.");
        Assert.DoesNotContain(actors, a => a.Name == "Harlow administration");
    }
}
