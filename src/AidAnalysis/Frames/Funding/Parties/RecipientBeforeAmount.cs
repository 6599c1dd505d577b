using AidAnalysis.Model;

namespace AidAnalysis.Frames.Parties;

/// <summary>"Xian aid to Y is to fall to €2 billion": a recipient after a recipient marker before the amount, in the same
/// clause (no comma between).</summary>
internal sealed class RecipientBeforeAmount(PartyWords words)
{
    private const int MarkerWidth = 30;

    public Actor? Find(PartyScene scene)
    {
        var (text, amount) = (scene.Text, scene.Amount);
        for (var i = scene.Mentions.Count - 1; i >= 0; i--)
        {
            var (actor, span) = scene.Mentions[i];
            if (span.End <= amount.Start && !Possessive.Follows(scene.Tokens, span) && actor.Kind != ActorKind.Person
                && !text.AsSpan(span.End, amount.Start - span.End).Contains(',')
                && words.RecipientMarkers.EndRightBefore(scene.Tokens, span.Start, scene.Reach(span.Start, MarkerWidth)))
                return actor;
        }
        return null;
    }
}
