using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// "About €600 million of that will come as loans", "$31 million of the total is for food", "the first €15 billion of that loan":
/// an amount followed by "of", a demonstrative or "the" and a whole-noun (or "that"/"this" standing alone before an auxiliary or a
/// punctuation mark) is a share of a whole told before it (SCHEMA.md: a total and its components). The whole is the nearest
/// larger amount in the share's currency told before it, in its paragraph or the two before ("the total" may
/// point back past a paragraph on something else). Read on the words right after the
/// amount (relation-words.tsv: partitive-determiner, whole-adjective, whole-noun, auxiliary, share-verb). It runs after the sums and pledge
/// lists: a share linked first would leave its whole short of the parts that add up to it.
/// </summary>
internal sealed class PartitiveOfWhole(RelationVocabulary words) : IRelationRule
{
    /// <summary>Paragraphs back that "of the total" may reach: the lead, then a paragraph on another figure, then the share.</summary>
    private const int ParagraphReach = 2;

    public void Apply(RelationDraft draft)
    {
        var tokens = draft.Document.Tokens;
        foreach (var share in draft.Primary.ToList())
        {
            if (draft.Figures[share].Value is not { } value || draft.Figures[share].PartOfId is not null) continue;
            var mention = draft.BodySpan(share);
            if (!PointsBack(tokens, mention.End, draft.SentenceOf(mention).End)) continue;
            var whole = WholeBefore(draft, share, mention, value);
            if (whole >= 0) draft.TryLink(share, draft.FirstTelling(whole));
        }
    }

    /// <summary>"of the total", "of the new funding", "of that loan", "of that will ...", "of this." right after the amount.</summary>
    private bool PointsBack(TokenLayer tokens, int amountEnd, int ceiling)
    {
        var of = tokens.WordRightAfter(amountEnd, ceiling, WordSpacing.AnyWhitespace);
        if (!tokens.Is(of, "of")) return false;
        var determiner = tokens.WordRightAfterToken(of, ceiling);
        if (!words.PartitiveDeterminers.Contains(tokens, determiner)) return false;
        var next = tokens.WordRightAfterToken(determiner, ceiling);
        if (words.WholeNouns.Contains(tokens, next)) return true;
        if (words.WholeAdjectives.Contains(tokens, next) && words.WholeNouns.Contains(tokens, tokens.WordRightAfterToken(next, ceiling))) return true;
        // "of that" standing for the amount itself: a pronoun, followed by a verb's auxiliary, a verb of where money went, or
        // by no word at all.
        return words.PartitivePronouns.Contains(tokens, determiner)
            && (words.Auxiliaries.Contains(tokens, next) || words.ShareVerbs.Contains(tokens, next) || EndsPhrase(tokens, determiner, ceiling));
    }

    /// <summary>A punctuation mark or the sentence's end follows the token: "of that." but not "of that $5 million".</summary>
    private static bool EndsPhrase(TokenLayer tokens, int i, int ceiling) =>
        tokens.TokenRightAfter(tokens[i].End, ceiling, WordSpacing.AnyWhitespace) is var next && (next < 0 || tokens[next].Kind == TokenKind.Punctuation);

    /// <summary>The row with the latest mention before the share, in its currency and larger, within the paragraph reach.</summary>
    private static int WholeBefore(RelationDraft draft, int share, Span mention, double value)
    {
        var paragraph = draft.Paragraph(mention);
        var (best, bestStart) = (-1, -1);
        foreach (var row in draft.Primary)
        {
            var f = draft.Figures[row];
            if (row == share || f.Currency != draft.Figures[share].Currency || f.Value is not { } v || v <= value || !Compatible(f, draft.Figures[share])) continue;
            foreach (var m in f.Mentions)
                if (m.End <= mention.Start && m.Start > bestStart && draft.Paragraph(m) is var p && p >= paragraph - ParagraphReach && p <= paragraph)
                    (best, bestStart) = (row, m.Start);
        }
        return best;
    }

    /// <summary>A whole a share can be part of: one with no giver (a plan's total), or the share's own giver or receiver.
    /// "Sweden gave $40 million to Ukraine ... Norway provided $12 million of the total it had promised to Moldova" points
    /// back to Norway's own total, not Sweden's.</summary>
    private static bool Compatible(FundingFigure whole, FundingFigure share) =>
        whole.Donor is null || share.Donor is null || whole.Donor == share.Donor || whole.Recipient is not null && whole.Recipient == share.Recipient;
}
