using AidAnalysis.Model;

namespace AidAnalysis.Frames.Parties;

/// <summary>"The fund completed its review of Xland's loan programme, unlocking $1 billion": a state's possessive before a
/// lending programme names the borrower, who receives what the programme pays out, not its giver; the body named before
/// the borrower in the sentence ("the fund's board ... reviewed") is the lender, who gives it.</summary>
internal sealed class BorrowersProgramme(PartyWords words)
{
    private const int Width = 40;

    public Actor? Find(PartyScene scene) => Borrower(scene)?.Actor;

    /// <summary>The organisation named nearest before the borrower in the sentence, if a borrower is named.</summary>
    public Actor? Lender(PartyScene scene)
    {
        if (Borrower(scene) is not { } borrower) return null;
        for (var i = borrower.Index - 1; i >= 0; i--)
            if (scene.Mentions[i].Actor.Kind == ActorKind.Organization) return scene.Mentions[i].Actor;
        return null;
    }

    public bool Owns(PartyScene scene, Span mention) =>
        Possessive.Follows(scene.Tokens, mention)
        && words.LendingProgrammes.StartRightAfter(scene.Tokens, mention.End + 2, Math.Min(scene.Text.Length, mention.End + Width));

    private (Actor Actor, int Index)? Borrower(PartyScene scene)
    {
        for (var i = scene.Mentions.Count - 1; i >= 0; i--)
        {
            var (actor, span) = scene.Mentions[i];
            if (span.End <= scene.Amount.Start && actor.Kind == ActorKind.Country && Owns(scene, span)) return (actor, i);
        }
        return null;
    }
}
