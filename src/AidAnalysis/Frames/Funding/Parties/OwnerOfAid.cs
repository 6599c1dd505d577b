using System.Buffers;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Parties;

/// <summary>"X's aid of $5 million", "the US package ... $5 million": the state that owns the aid noun before the amount gives
/// it. "Y aid" names the recipient as often as "UK aid" names the giver: only a possessive or a state's initials ("US
/// outlays", "UK aid") say the owner.</summary>
internal sealed class OwnerOfAid(PartyWords words)
{
    private const int Width = 40;
    private static readonly SearchValues<char> StateInitials = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.");

    public Actor? Find(PartyScene scene)
    {
        var text = scene.Text;
        for (var i = scene.Mentions.Count - 1; i >= 0; i--)
        {
            var (actor, span) = scene.Mentions[i];
            if (span.End > scene.Amount.Start || actor.Kind == ActorKind.Person) continue;
            var possessive = Possessive.Follows(scene.Tokens, span);
            if (!possessive && text.AsSpan(span.Start, span.Length).ContainsAnyExcept(StateInitials)) continue;
            if (words.OwnedAid.StartRightAfter(scene.Tokens, possessive ? span.End + 2 : span.End, Math.Min(text.Length, span.End + Width))) return actor;
        }
        return null;
    }
}
