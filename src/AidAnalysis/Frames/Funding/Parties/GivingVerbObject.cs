using AidAnalysis.Model;

namespace AidAnalysis.Frames.Parties;

/// <summary>"gave X $5 million": a party between the verb of giving and the amount is its indirect object and receives; not
/// in "X sent 5 million euros, Y 8 million euros", where another amount stands between.</summary>
internal sealed class GivingVerbObject(RecipientsOwn recipientsOwn)
{
    public Actor? Find(PartyScene scene, Span verb)
    {
        foreach (var (actor, span) in scene.Mentions)
            if (span.Start >= verb.End && span.End <= scene.Amount.Start
                && (!Possessive.Follows(scene.Tokens, span) || recipientsOwn.Follows(scene.Tokens, span)) && actor.Kind != ActorKind.Person
                && !scene.Doc.MoneyOverlapping(new Span(verb.End, span.Start)).Any())
                return actor;
        return null;
    }
}
