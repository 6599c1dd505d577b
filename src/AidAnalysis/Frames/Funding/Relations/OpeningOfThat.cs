using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// "Of that, $90 million is a loan and the remaining $30 million a grant", "Of this, €15 million will go to food": a sentence
/// opening with "Of" and a demonstrative standing alone before a comma is a pre-posed partitive (Quirk et al. 1985, 5.9-5.16)
/// whose pronoun points back to the amount just told, so every amount of the sentence smaller than it is one of its shares
/// (SCHEMA.md: a total and its components). The whole is the latest amount told before the sentence, in its paragraph or
/// the one before, when it is larger than the sentence's first amount; not the story's news figure, which "Of the new funding" names (<see cref="ExplicitComponents"/>).
/// Read on relation-words.tsv (partitive-pronoun). It runs before the component cues, so "the remaining $X" in such a sentence
/// takes the whole the opening names rather than one of an earlier sentence.
/// </summary>
internal sealed class OpeningOfThat(RelationVocabulary words) : IRelationRule
{
    /// <summary>Paragraphs back the pronoun may reach: "Of that," may open the paragraph after its amount's.</summary>
    private const int ParagraphReach = 1;

    public void Apply(RelationDraft draft)
    {
        var doc = draft.Document;
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            if (!draft.HasAmounts(s) || !OpensWithOfThat(doc.Tokens, doc.Sentences[s].Span)) continue;
            var amounts = draft.AmountsInSentence(s);
            if (amounts.Count == 0) continue;
            var whole = LatestBefore(draft, doc.Sentences[s].Span, doc.Sentences[s].Paragraph);
            if (whole < 0 || !draft.Smaller(amounts[0].Row, whole)) continue;
            foreach (var (_, row) in amounts)
                if (row != whole && draft.Smaller(row, whole)) draft.TryLink(row, whole);
        }
    }

    /// <summary>"Of that," / "Of this,": "Of", a partitive pronoun, then a comma.</summary>
    private bool OpensWithOfThat(TokenLayer tokens, Span sentence)
    {
        var of = tokens.FirstStartingFrom(sentence.Start);
        if (!tokens.Is(of, "of")) return false;
        var pronoun = tokens.WordRightAfterToken(of, sentence.End);
        return words.PartitivePronouns.Contains(tokens, pronoun) && pronoun + 1 < tokens.Count && tokens.IsMark(pronoun + 1, ',');
    }

    /// <summary>The row with a value whose mention is the latest before the sentence, within the paragraph reach.</summary>
    private static int LatestBefore(RelationDraft draft, Span sentence, int paragraph)
    {
        var (best, bestStart) = (-1, -1);
        foreach (var row in draft.Primary)
        {
            if (draft.Figures[row].Value is null) continue;
            foreach (var m in draft.Figures[row].Mentions)
                if (m.End <= sentence.Start && m.Start > bestStart && draft.Paragraph(m) is var p && p >= paragraph - ParagraphReach && p <= paragraph)
                    (best, bestStart) = (row, m.Start);
        }
        return best;
    }
}
