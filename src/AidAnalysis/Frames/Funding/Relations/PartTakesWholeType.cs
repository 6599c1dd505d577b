using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>"The response plan sought $1.5 billion, of which $600 million was for Freedonia": a part told in its whole's own
/// sentence, with no aid type of its own, is money of the whole's kind; so are its conversions that tell none of their own.
/// A part in a later sentence that opens by dividing the whole ("Of the total, ...") takes it too.
/// Runs after <see cref="MixedParts"/>, so a mixed whole passes no type down; an earlier commitment passes none to the news
/// drawn under it.</summary>
internal sealed class PartTakesWholeType(ListOfParts listOfParts) : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        foreach (var part in draft.Primary)
        {
            if (draft.Figures[part].AidType != AidType.Unspecified || draft.Parent(part) is not { } whole) continue;
            // "€28 million in humanitarian and development aid, part of a €65 million package agreed last year": new money under
            // an earlier commitment is the kind its own words make it, not the kind of that commitment.
            if (draft.Figures[whole].Status == FundingStatus.Previous && !draft.IsCumulative(whole) && draft.Figures[part].Status != FundingStatus.Previous) continue;
            var type = draft.Figures[whole].AidType;
            var sentence = SentenceOf(draft, part);
            if (type == AidType.Unspecified || sentence < 0 || sentence != SentenceOf(draft, whole) && !DividesWhole(draft, sentence)) continue;
            // MixedParts has run: a conversion it cleared reads as untyped here like one that never had a type, so a cleared
            // part (a mixed package inside a typed whole) takes the whole's type with all its conversions.
            draft.SetTypeWhereUnspecified(part, type);
        }
    }

    /// <summary>"Of the total, $40 million will go to ...": a sentence that opens by dividing a whole told before it lists that
    /// whole's parts, however far (a quote) stands between.</summary>
    private bool DividesWhole(RelationDraft draft, int sentence) =>
        listOfParts.DividesWhole(draft.Document.Tokens, draft.Document.Sentences[sentence].Span);

    private static int SentenceOf(RelationDraft draft, int row) => draft.Document.SentenceIndexAt(draft.BodySpan(row).Start);
}
