using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// "Of that, $90 million is a loan and the remaining $30 million a grant", "Of this, €15 million will go to food": a sentence
/// opening with "Of" and a demonstrative standing alone before a comma is a pre-posed partitive (Quirk et al. 1985, 5.9-5.16)
/// whose pronoun points back to the amount just told, so every amount of the sentence smaller than it is one of its shares
/// (SCHEMA.md: a total and its components). The whole is the latest amount told before the sentence, in its paragraph or
/// the one before, when it is larger than the sentence's first amount; not the story's news figure, which "Of the new funding" names (<see cref="ExplicitComponents"/>).
/// An amount after a comparison preposition ("up from $X") and those after it are no shares but what a share is compared with.
/// Read on relation-words.tsv (partitive-pronoun, comparison-preposition). It runs before the component cues, so "the remaining $X" in such a sentence
/// takes the whole the opening names rather than one of an earlier sentence.
/// </summary>
internal sealed class OpeningOfThat(RelationVocabulary words) : IRelationRule
{
    /// <summary>Paragraphs back the pronoun may reach: "Of that," may open the paragraph after its amount's.</summary>
    private const int ParagraphReach = 1;

    public void Apply(RelationDraft draft)
    {
        var doc = draft.Document;
        // Each sentence's amounts that are no need, listed once when a need's mention there is first asked about.
        var moneyInBySentence = new List<int>?[doc.Sentences.Count];
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            if (!draft.HasAmounts(s) || !OpensWithOfThat(doc.Tokens, doc.Sentences[s].Span)) continue;
            var amounts = draft.AmountsInSentence(s);
            if (amounts.Count == 0) continue;
            var whole = LatestBefore(draft, doc.Sentences[s].Span, doc.Sentences[s].Paragraph, moneyInBySentence);
            if (whole < 0 || !draft.Smaller(amounts[0].Row, whole)) continue;
            foreach (var (mention, row) in amounts)
            {
                // "up from $X", "compared with $X": this amount and the ones after it compare a share, they are no shares.
                if (AfterComparison(doc.Tokens, mention, doc.Sentences[s].Span.Start)) break;
                if (row != whole && draft.Smaller(row, whole)) draft.TryLink(row, whole);
            }
        }
    }

    /// <summary>Whether a comparison preposition stands right before the amount or its approximation ("up from about $X").</summary>
    private bool AfterComparison(TokenLayer tokens, Span mention, int sentenceStart)
    {
        var before = tokens.SkipApproximationBack(tokens.WordEndingRightBefore(mention.Start, sentenceStart), sentenceStart, words);
        return before >= 0 && words.ComparisonPrepositions.Contains(tokens, before);
    }

    /// <summary>"Of that," / "Of this,": "Of", a partitive pronoun, then a comma.</summary>
    private bool OpensWithOfThat(TokenLayer tokens, Span sentence)
    {
        var of = tokens.FirstStartingFrom(sentence.Start);
        if (!tokens.Is(of, "of")) return false;
        var pronoun = tokens.WordRightAfterToken(of, sentence.End);
        return words.PartitivePronouns.Contains(tokens, pronoun) && pronoun + 1 < tokens.Count && tokens.IsMark(pronoun + 1, ',');
    }

    /// <summary>The row with a value whose mention is the latest before the sentence, within the paragraph reach; a need is
    /// passed over for a smaller amount of its sentence that is no need ("has received $X of the $Y it needs. Of that, ...").</summary>
    private static int LatestBefore(RelationDraft draft, Span sentence, int paragraph, List<int>?[] moneyInBySentence)
    {
        var (best, bestStart) = (-1, -1);
        foreach (var row in draft.Primary)
        {
            if (draft.Figures[row].Value is null) continue;
            foreach (var m in draft.Figures[row].Mentions)
                if (m.End <= sentence.Start && m.Start > bestStart && draft.Paragraph(m) is var p && p >= paragraph - ParagraphReach && p <= paragraph
                    && !IsNeedOverMoneyIn(draft, row, m, moneyInBySentence))
                    (best, bestStart) = (row, m.Start);
        }
        return best;
    }

    /// <summary>Whether the row is a need and the sentence of its mention holds a smaller amount that is no need: the money
    /// in against it, which the pronoun points to.</summary>
    private static bool IsNeedOverMoneyIn(RelationDraft draft, int row, Span mention, List<int>?[] moneyInBySentence)
    {
        if (draft.Figures[row].Status != FundingStatus.Requested) return false;
        var sentence = draft.Document.SentenceIndexAt(mention.Start);
        if (sentence < 0) return false;
        var moneyIn = moneyInBySentence[sentence] ??= MoneyIn(draft, sentence);
        return moneyIn.Exists(other => draft.Smaller(other, row));
    }

    /// <summary>The rows of the sentence's amounts that are no need (none is the need asked about, which is one).</summary>
    private static List<int> MoneyIn(RelationDraft draft, int sentence) =>
        draft.AmountsInSentence(sentence).Where(a => draft.Figures[a.Row].Status != FundingStatus.Requested).Select(a => a.Row).ToList();
}
