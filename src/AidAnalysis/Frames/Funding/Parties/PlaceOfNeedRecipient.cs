using AidAnalysis.Model;

namespace AidAnalysis.Frames.Parties;

/// <summary>"$3 million to ease the emergency in X": a state the purpose clause after the amount names as the place of
/// need receives.</summary>
internal sealed class PlaceOfNeedRecipient(PartyWords words)
{
    private const int Reach = 100, MarkerWidth = 30;

    /// <summary>The states after a need marker, nearest first; the caller skips the donor.</summary>
    public IEnumerable<Actor> Candidates(PartyScene scene)
    {
        var amount = scene.Amount;
        foreach (var (actor, span) in scene.Mentions)
            if (span.Start >= amount.End && span.Start - amount.End <= Reach && actor.Kind == ActorKind.Country
                && span.End <= scene.Window.End && !Possessive.Follows(scene.Tokens, span)
                && words.NeedMarkers.EndRightBefore(scene.Tokens, span.Start, scene.Reach(span.Start, MarkerWidth)))
                yield return actor;
    }

}
