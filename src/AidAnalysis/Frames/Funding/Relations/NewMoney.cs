using AidAnalysis.Model;
using AidAnalysis.Text.Phrases;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// SCHEMA.md `counted`: the article's new money is every row pledged, allocated or delivered, with a value, not a
/// conversion, and not part (directly or through other parts) of a row that is itself counted. A need, appeal or request
/// ("€16 billion are needed", "a gap of €21 billion", "appealing for $3.6 billion") is never money given: read on the words
/// right before the amount (a need and determiners, relation-words.tsv) and right after it (a bracketed parenthetical of the
/// phrase layer, up to three words, a copula, an adverb or none and a need participle).
/// </summary>
internal sealed class NewMoney(RelationVocabulary words)
{
    /// <summary>Words between an amount and the copula of its need: "$5 million in aid is needed".</summary>
    private const int MaxWordsBeforeCopula = 3;

    public void Mark(RelationDraft draft)
    {
        var memo = new bool?[draft.Figures.Length];
        // A row is copied only when its mark changes: most rows are not counted, as they were read.
        for (var i = 0; i < draft.Figures.Length; i++)
            if (IsCounted(draft, i, memo, 0) is var counted && counted != draft.Figures[i].Counted)
                draft.Figures[i] = draft.Figures[i] with { Counted = counted };
    }

    public bool Qualifies(RelationDraft draft, int i)
    {
        var f = draft.Figures[i];
        if (f.Value is null || f.ConvertedFromId is not null) return false;
        if (f.Status is not (FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered)) return false;
        var mention = draft.BodySpan(i);
        var sentence = draft.SentenceOf(mention);
        return !NeedBefore(draft.Document.Tokens, mention.Start, sentence.Start) && !NeedAfter(draft, mention.End, sentence.End);
    }

    /// <summary>"needs an additional $X", "a gap of $X": a need, then determiners or approximations, right before the amount.</summary>
    private bool NeedBefore(TokenLayer tokens, int amount, int floor)
    {
        var j = tokens.WordEndingRightBefore(amount, floor);
        while (words.NeedDeterminers.StartEndingAt(tokens, j, floor) is var start and >= 0)
            j = tokens.WordRightBeforeToken(start, floor);
        return words.Needs.StartEndingAt(tokens, j, floor) >= 0;
    }

    /// <summary>"$X (about €Y) is still needed", "$X in new aid are required": after the amount, a bracketed parenthetical or
    /// none, up to three words, a copula, an adverb or none and a need participle.</summary>
    private bool NeedAfter(RelationDraft draft, int amount, int ceiling)
    {
        var tokens = draft.Document.Tokens;
        var j = tokens.FirstStartingFrom(amount);
        if (j >= tokens.Count || tokens[j].End > ceiling) return false;
        if (draft.Document.Phrases.ParentheticalStartingAt(amount) is { Kind: ParentheticalKind.Brackets } aside
            && aside.Span.Start == tokens[j].Start && aside.Span.End <= ceiling)
            j = tokens.FirstStartingFrom(aside.Span.End);
        for (var skipped = 0; j < tokens.Count && tokens[j].End <= ceiling; skipped++)
        {
            if (words.Copulas.EndStartingAt(tokens, j, ceiling) is var copula and >= 0)
            {
                var next = tokens.WordRightAfterToken(copula, ceiling);
                if (words.NeedAdverbs.EndStartingAt(tokens, next, ceiling) is var adverb and >= 0) next = tokens.WordRightAfterToken(adverb, ceiling);
                if (words.NeedParticiples.EndStartingAt(tokens, next, ceiling) >= 0) return true;
            }
            if (skipped == MaxWordsBeforeCopula || LetterWordEnd(tokens, j) is not (>= 0 and var end)) return false;
            j = tokens.WordRightAfterToken(end, ceiling);
            if (j < 0) return false;
        }
        return false;
    }

    /// <summary>The last token of the word of letters (hyphens inside: "long-term") starting at token <paramref name="i"/>, or -1.</summary>
    private static int LetterWordEnd(TokenLayer tokens, int i)
    {
        if (!tokens.IsLetters(i)) return -1;
        while (i + 2 < tokens.Count && tokens.IsMark(i + 1, '-') && !tokens[i + 1].SpaceBefore && !tokens[i + 2].SpaceBefore && tokens.IsLetters(i + 2))
            i += 2;
        return i;
    }


    private bool IsCounted(RelationDraft draft, int i, bool?[] memo, int depth)
    {
        if (memo[i] is { } known) return known;
        var counted = Qualifies(draft, i) && !HasCountedAncestor(draft, i, memo, depth);
        memo[i] = counted;
        return counted;
    }

    private bool HasCountedAncestor(RelationDraft draft, int i, bool?[] memo, int depth)
    {
        // Links never form loops (RelationDraft.TryLink); the depth bound only guards against a malformed input row.
        if (depth > draft.Figures.Length || draft.Parent(i) is not { } parent) return false;
        return IsCounted(draft, parent, memo, depth + 1) || HasCountedAncestor(draft, parent, memo, depth + 1);
    }
}
