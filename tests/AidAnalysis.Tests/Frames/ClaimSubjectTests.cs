using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Subjects before a cue that the actor layer may not hold.</summary>
public class ClaimSubjectTests
{
    /// <summary>A bare name opening its sentence speaks across an apposition, a relative clause or an age; an unnamed
    /// speaker keeps its whole noun phrase, from its determiner or the comma before it, but not a conjunction before it;
    /// people and bodies named by a common noun speak (group-speakers.txt), not the name completing them ("to Tanzania"); after the cue, the speaker ends at its comma.</summary>
    [Theory]
    [InlineData("Port idle\n\nTariq Osei, a UN spokesperson, said the cranes were idle.\n", "Tariq Osei", ActorKind.Person)]
    [InlineData("Port idle\n\nTariq Osei, who runs the WFP clinic, said the cranes were idle.\n", "Tariq Osei", ActorKind.Person)]
    [InlineData("Port idle\n\nNancy Vell, 61, said the cranes were idle.\n", "Nancy Vell", ActorKind.Person)]
    [InlineData("Ferry lost\n\nThe ferry sank near Tarvik, the province's flood agency said.\n", "the province's flood agency", ActorKind.Group)]
    [InlineData("Bridges down\n\nTwo bridges collapsed, the regional disaster management authority said.\n", "the regional disaster management authority", ActorKind.Group)]
    [InlineData("Bridges down\n\nTwo bridges collapsed, though officials said the road to Tarvik was open.\n", "officials", ActorKind.Group)]
    [InlineData("Budget\n\nOpposition senators said the budget was too small.\n", "Opposition senators", ActorKind.Group)]
    [InlineData("Climbers\n\nRescuers said two climbers were still missing near Tarvik.\n", "Rescuers", ActorKind.Group)]
    [InlineData("Market\n\nThe market will reopen on Monday, the town council said.\n", "the town council", ActorKind.Group)]
    [InlineData("Decision\n\nKenya's ambassador to Tanzania praised the decision.\n", "Kenya's ambassador", ActorKind.Group)]
    [InlineData("Flood\n\n\"The water came at night,\" said one farmer, who lost his goats near Tarvik.\n", "one farmer", ActorKind.Group)]
    public void The_speaker_next_to_the_cue_is_found(string text, string speaker, ActorKind kind)
    {
        var claim = Assert.Single(TestSupport.Analyze(text).Claims);
        Assert.Equal(speaker, claim.Speaker);
        Assert.Equal(kind, claim.SpeakerKind);
    }
}
