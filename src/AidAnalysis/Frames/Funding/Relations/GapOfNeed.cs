using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>"UNHCR has received only a third of the $390 million it needs, leaving a shortfall of $260 million": the gap a
/// need leaves is part of that need (SCHEMA.md: a component of a total). The row after "leaving a (funding) gap of" is linked
/// to the nearest larger request in its currency told before it.</summary>
internal sealed class GapOfNeed(RelationVocabulary words) : IRelationRule
{
    /// <summary>Words allowed between the participle and the gap noun ("a", "a funding").</summary>
    private const int MaxModifiers = 2;

    public void Apply(RelationDraft draft)
    {
        int[]? needs = null;
        foreach (var i in draft.Primary)
        {
            if (draft.Figures[i].PartOfId is not null || draft.Figures[i].Value is null) continue;
            var mention = draft.BodySpan(i);
            if (!LeftByGap(draft.Document.Tokens, mention.Start, draft.SentenceOf(mention).Start)) continue;
            if ((needs ??= NeedsBefore.Of(draft))[i] is var need and >= 0) draft.TryLink(i, need);
        }
    }

    /// <summary>"leaving a gap of (more than)" written right before the amount.</summary>
    private bool LeftByGap(TokenLayer tokens, int amountStart, int floor)
    {
        var last = tokens.SkipApproximationBack(tokens.WordEndingRightBefore(amountStart, floor), floor, words);
        if (words.Needs.StartEndingAt(tokens, last, floor) is not (var gap and >= 0) || !words.GapNouns.Contains(tokens, gap)) return false;
        var word = tokens.WordRightBeforeToken(gap, floor);
        for (var k = 0; k <= MaxModifiers && word >= 0; k++, word = tokens.WordRightBeforeToken(word, floor))
            if (words.GapParticiples.Contains(tokens, word)) return true;
        return false;
    }
}
