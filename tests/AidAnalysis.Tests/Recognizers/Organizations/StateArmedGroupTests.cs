using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers.Organizations;

/// <summary>An armed force a state raised, or that governs it, belongs to that state: the gazetteer says which. Sentences invented
/// for the tests.</summary>
public class StateArmedGroupTests
{
    [Fact]
    public void A_paramilitary_force_raised_by_a_state_is_a_group_of_that_state()
    {
        var actor = TestSupport.Analyze("Aid convoys were stopped near the river crossing by the Rapid Support Forces on Sunday.").Actors
            .Single(a => a.Name == "Rapid Support Forces");
        Assert.Equal(ActorKind.Group, actor.Kind);
        Assert.Equal("Sudan", actor.Affiliation);
    }

    [Fact]
    public void A_movement_that_governs_a_state_belongs_to_it()
    {
        var actor = TestSupport.Analyze("The Taliban closed two clinics in the valley last week.").Actors.Single(a => a.Name == "Taliban");
        Assert.Equal("Afghanistan", actor.Affiliation);
    }
}
