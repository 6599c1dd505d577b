using AidAnalysis.Model;

namespace AidAnalysis.Frames.Claims;

/// <summary>The speakers one claims run knows: the actor layer, only read, and the speakers the run adds (unnamed groups
/// such as "analysts", people the actor layer missed), numbered after the layer's actors in the order found. The added
/// ones are the stage's own product, the Speakers layer.</summary>
internal sealed class SpeakerRoster(IReadOnlyList<Actor> layer)
{
    private readonly List<Actor> _added = [];

    /// <summary>The speakers added by this run, in the order found.</summary>
    public IReadOnlyList<Actor> Added => _added;

    /// <summary>The country actor of that name, if the actor layer has one.</summary>
    public Actor? Country(string name) => Find(ActorKind.Country, name, StringComparison.Ordinal);

    /// <summary>The unnamed speaker written <paramref name="phrase"/> (case aside), added on first use.</summary>
    public Actor Group(string phrase)
    {
        var name = phrase.Trim();
        return Find(ActorKind.Group, name, StringComparison.OrdinalIgnoreCase)
            ?? Add(new Actor(NextId, name, ActorKind.Group, null, null, []));
    }

    /// <summary>The person of that name, added with the given role, affiliation and mentions when nobody has it.</summary>
    public Actor Person(string name, string? role, string? affiliation, IReadOnlyList<Span> mentions) =>
        Find(ActorKind.Person, name, StringComparison.Ordinal) ?? Add(new Actor(NextId, name, ActorKind.Person, role, affiliation, mentions));

    private string NextId => $"A{layer.Count + _added.Count + 1}";

    /// <summary>The first actor of that kind and name, the layer's before the added ones; a loop, not a predicate, since the claim
    /// rules ask for every subject they read.</summary>
    private Actor? Find(ActorKind kind, string name, StringComparison comparison)
    {
        foreach (var actor in layer)
            if (actor.Kind == kind && actor.Name.Equals(name, comparison)) return actor;
        foreach (var actor in _added)
            if (actor.Kind == kind && actor.Name.Equals(name, comparison)) return actor;
        return null;
    }

    private Actor Add(Actor actor)
    {
        _added.Add(actor);
        return actor;
    }
}
