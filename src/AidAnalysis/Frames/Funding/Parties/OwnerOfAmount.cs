namespace AidAnalysis.Frames.Parties;

/// <summary>"X’s $3 billion": the owner of the amount gives it.</summary>
internal static class OwnerOfAmount
{
    public static Model.Actor? Find(PartyScene scene)
    {
        for (var i = scene.Mentions.Count - 1; i >= 0; i--)
            if (Possessive.Follows(scene.Tokens, scene.Mentions[i].Span) && scene.Amount.Start - scene.Mentions[i].Span.End is >= 0 and <= 4)
                return scene.Mentions[i].Actor;
        return null;
    }
}
