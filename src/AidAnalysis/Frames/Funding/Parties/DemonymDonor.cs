using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames.Parties;

/// <summary>"Xian aid to Y is to fall to €2 billion", "the Xian state has given", "the Xian ambassador signed": a demonym
/// before the amount, before an aid noun or a word of the state or its envoys, names the giver.</summary>
internal sealed class DemonymDonor(PartyWords words)
{
    private const int Width = 40;

    /// <summary>The last such demonym's state, or null.</summary>
    public string? Find(PartyScene scene)
    {
        var text = scene.Text;
        string? last = null;
        foreach (var e in scene.Doc.EntitiesIn(scene.Sentence))
            if (e.Type == MentionType.Demonym && e.Span.End <= scene.Amount.Start
                && words.StateGivers.StartRightAfter(scene.Tokens, e.Span.End, Math.Min(text.Length, e.Span.End + Width)))
                last = e.Canonical;
        return last;
    }
}
