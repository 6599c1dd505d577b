using System.Buffers;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Parties;

/// <summary>"X's aid of $5 million", "the US package ... $5 million": the state that owns the aid noun before the amount gives
/// it. "Y aid" names the recipient as often as "UK aid" names the giver: only a possessive or a state's initials ("US
/// outlays", "UK aid") say the owner.</summary>
internal static class OwnerOfAid
{
    private static readonly SearchValues<char> StateInitials = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.");

    public static Actor? Find(PartyScene scene)
    {
        var text = scene.Text;
        for (var i = scene.Mentions.Count - 1; i >= 0; i--)
        {
            var (actor, span) = scene.Mentions[i];
            if (span.End > scene.Amount.Start || actor.Kind == ActorKind.Person) continue;
            if (!Possessive.Follows(text, span) && text.AsSpan(span.Start, span.Length).ContainsAnyExcept(StateInitials)) continue;
            if (AidNounPhrase.After.IsMatch(text.AsSpan()[span.End..Math.Min(text.Length, span.End + 40)])) return actor;
        }
        return null;
    }
}
