using AidAnalysis.Model;

namespace AidAnalysis.Frames.Parties;

/// <summary>"spending in X reached $3 billion": a state after "in" before the amount receives, when no marked recipient does;
/// not one an earlier amount's clause names (<see cref="EarlierAmountsParty"/>).</summary>
internal sealed class StateInBeforeAmount(PartyWords words)
{
    private const int InWidth = 10;

    public Actor? Find(PartyScene scene)
    {
        var (text, amount) = (scene.Text, scene.Amount);
        for (var i = scene.Mentions.Count - 1; i >= 0; i--)
        {
            var (actor, span) = scene.Mentions[i];
            if (span.End <= amount.Start && actor.Kind == ActorKind.Country && !Possessive.Follows(scene.Tokens, span)
                && words.InThe.EndRightBefore(scene.Tokens, span.Start, scene.Reach(span.Start, InWidth))
                && !EarlierAmountsParty.BelongsToEarlierAmount(scene.Doc, scene.Sentence, amount, span))
                return actor;
        }
        return null;
    }
}
