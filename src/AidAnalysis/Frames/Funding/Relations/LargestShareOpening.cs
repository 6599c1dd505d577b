using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// "The largest share, €70 million, will come from the budget", "The biggest portion, about $40 million, goes to food": a sentence
/// opening with "The", a superlative and a part-noun, with its first amount in apposition right after the comma, tells one
/// share of the news figure told before it (SCHEMA.md: a package and its lines). The whole is the nearest news figure before
/// the sentence in the share's currency, when it is larger. Read on relation-words.tsv (superlative, part-noun). It runs after
/// the sums and pledge lists and only fills their gaps: a whole given this one share first would no longer be found as the
/// sum of all its shares or the collective figure of a list of givers.
/// </summary>
internal sealed class LargestShareOpening(RelationVocabulary words) : IRelationRule
{
    /// <summary>Words the appositive may put between the comma and its amount ("about", "some").</summary>
    private const int MaxWordsBeforeAmount = 1;

    public void Apply(RelationDraft draft)
    {
        var doc = draft.Document;
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            if (!draft.HasAmounts(s)) continue;
            var sentence = doc.Sentences[s].Span;
            var amounts = draft.AmountsInSentence(s);
            if (amounts.Count == 0 || !OpensWithLargestShare(doc.Tokens, sentence, amounts[0].Mention.Start)) continue;
            var share = amounts[0].Row;
            var whole = draft.NewsBefore(sentence.Start, excluding: share, currency: draft.Figures[share].Currency);
            if (whole >= 0 && draft.Smaller(share, whole)) draft.TryLink(share, whole);
        }
    }

    /// <summary>"The largest share, " right before the amount, with at most one word between the comma and it.</summary>
    private bool OpensWithLargestShare(TokenLayer tokens, Span sentence, int amount)
    {
        var the = tokens.FirstStartingFrom(sentence.Start);
        if (!tokens.Is(the, "the")) return false;
        var superlative = tokens.WordRightAfterToken(the, sentence.End);
        if (!words.Superlatives.Contains(tokens, superlative)) return false;
        var noun = tokens.WordRightAfterToken(superlative, sentence.End);
        if (!words.PartNouns.Contains(tokens, noun) || noun + 1 >= tokens.Count || !tokens.IsMark(noun + 1, ',')) return false;
        var wordsBetween = 0;
        for (var j = noun + 2; j < tokens.Count && tokens[j].End <= amount; j++)
            if (++wordsBetween > MaxWordsBeforeAmount) return false;
        return true;
    }
}
