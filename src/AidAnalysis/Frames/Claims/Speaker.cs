using AidAnalysis.Model;

namespace AidAnalysis.Frames.Claims;

/// <summary>Who makes a claim: an actor of the actor layer or of the speakers layer.</summary>
public sealed record Speaker(string Name, string? ActorId, ActorKind Kind)
{
    public static Speaker Of(Actor actor) => new(actor.Name, actor.Id, actor.Kind);
}
