using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames.Parties;

/// <summary>"is allocating 2 million pounds in X for cholera treatment": a state named (not by its capital) right after the
/// amount and "in" is where the money goes; the actor layer keeps no such place, the entity layer does.</summary>
internal static class StateRightAfterAmount
{
    /// <summary>A state entity right after the amount and "in" or "in the", other than the donor.</summary>
    public static string? Find(PartyScene scene, string? donor)
    {
        var (text, amount, sentence) = (scene.Text, scene.Amount, scene.Sentence);
        if (amount.End + 4 > sentence.End) return null;
        foreach (var e in scene.Doc.EntitiesIn(new Span(amount.End, Math.Min(sentence.End, amount.End + 40))))
            if (e.Type == MentionType.Country && e.Span.Start - amount.End <= 8
                && text.AsSpan(amount.End, e.Span.Start - amount.End) is " in " or " in the " && !Possessive.Follows(scene.Tokens, e.Span) && e.Canonical != donor)
                return e.Canonical;
        return null;
    }
}
