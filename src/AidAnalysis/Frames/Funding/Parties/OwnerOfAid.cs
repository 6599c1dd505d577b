using System.Buffers;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>"X's aid of $5 million", "the US package ... $5 million", "$5 million in US funding": the state that owns the aid
/// noun before the amount, or right after it and "in" or "of", gives it. "Y aid" names the recipient as often as "UK aid"
/// names the giver: only a possessive or a state's initials ("US outlays", "UK aid") say the owner.</summary>
internal sealed class OwnerOfAid(PartyWords words, BorrowersProgramme borrowers)
{
    private const int Width = 40;
    private static readonly SearchValues<char> StateInitials = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.");

    public Actor? Find(PartyScene scene)
    {
        for (var i = scene.Mentions.Count - 1; i >= 0; i--)
        {
            var (actor, span) = scene.Mentions[i];
            if (span.End <= scene.Amount.Start && Owns(scene, actor, span)) return actor;
        }
        return After(scene);
    }

    /// <summary>"$18 million in US funding": the owner one marker word after the amount.</summary>
    private Actor? After(PartyScene scene)
    {
        var tokens = scene.Tokens;
        var marker = tokens.WordRightAfter(scene.Amount.End, scene.Sentence.End, WordSpacing.OneWhitespace);
        if (!tokens.IsAny(marker, words.AmountOwnerMarkers)) return null;
        foreach (var (actor, span) in scene.Mentions)
            if (span.Start == tokens[marker].End + 1) return Owns(scene, actor, span) ? actor : null;
        return null;
    }

    private bool Owns(PartyScene scene, Actor actor, Span span)
    {
        var text = scene.Text;
        // "X's loan programme" names the borrower, not a giver.
        if (actor.Kind == ActorKind.Person || borrowers.Owns(scene, span)) return false;
        var possessive = Possessive.Follows(scene.Tokens, span);
        if (!possessive && text.AsSpan(span.Start, span.Length).ContainsAnyExcept(StateInitials)) return false;
        return words.OwnedAid.StartRightAfter(scene.Tokens, possessive ? span.End + 2 : span.End, Math.Min(text.Length, span.End + Width));
    }
}
