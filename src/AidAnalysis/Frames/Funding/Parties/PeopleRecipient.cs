using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames.Parties;

/// <summary>"aid to Xians", "for the Xian people": a people named by its demonym after a beneficiary marker receives, after
/// the amount, or before it when its clause runs on to the amount ("total aid for Xians reached $40 million").</summary>
internal sealed class PeopleRecipient(PartyWords words)
{
    private const int Reach = 80, MarkerWidth = 12;

    /// <summary>The people as written when the text makes a plural of it ("Xians"), else its canonical name; or null.</summary>
    public string? Find(PartyScene scene)
    {
        var (doc, amount) = (scene.Doc, scene.Amount);
        foreach (var e in doc.EntitiesIn(scene.Sentence))
            if (e.Type == MentionType.Demonym && (e.Span.Start >= amount.End && e.Span.Start - amount.End <= Reach
                    || e.Span.End <= amount.Start && amount.Start - e.Span.End <= Reach && !doc.Text.AsSpan(e.Span.End, amount.Start - e.Span.End).Contains(','))
                && words.BeneficiaryMarkers.EndRightBefore(scene.Tokens, e.Span.Start, scene.Reach(e.Span.Start, MarkerWidth)))
                return doc.Text[e.Span.Start..e.Span.End] is var word && word.EndsWith('s') && !e.Canonical.EndsWith('s') ? word : e.Canonical;
        return null;
    }
}
