namespace AidAnalysis.Frames.Parties;

/// <summary>"The largest commitment, made by X, was a package worth $1.4 billion": the agent of a passive verb of giving,
/// named before the amount with no other amount between, gives it.</summary>
internal sealed class AgentBeforeAmount(PartyWords words)
{
    private const int MarkerWidth = 30;

    public Model.Actor? Find(PartyScene scene)
    {
        for (var i = scene.Mentions.Count - 1; i >= 0; i--)
        {
            var (actor, span) = scene.Mentions[i];
            if (span.End <= scene.Amount.Start && !scene.Doc.MoneyOverlapping(new Model.Span(span.End, scene.Amount.Start)).Any()
                && words.AgentMarkers.EndRightBefore(scene.Tokens, span.Start, scene.Reach(span.Start, MarkerWidth)))
                return actor;
        }
        return null;
    }
}
