using AidAnalysis.Model;

namespace AidAnalysis.Frames.Parties;

/// <summary>"X will be provided a grant of $40 million": the subject of a passive verb of giving receives, and gives
/// nothing.</summary>
internal sealed class PassiveReceiver(PartyWords words)
{
    private const int AuxiliaryWidth = 8;

    /// <summary>Whether the verb of giving is a participle right after a form of "be".</summary>
    public bool IsPassive(PartyScene scene, Span verb) =>
        words.PassiveAuxiliaries.EndRightBefore(scene.Tokens, verb.Start, scene.Reach(verb.Start, AuxiliaryWidth))
        && scene.Text.AsSpan(verb.Start, verb.Length) is var participle
        && (scene.Tokens.EndsInEd(scene.Tokens.LastEndingBy(verb.End), minLength: 2) || participle.EndsWith("en", StringComparison.Ordinal)
            || participle is "sent" or "paid" or "set aside" or "made");
}
