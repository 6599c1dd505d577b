using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>"The agency says it needs $40 million but has so far secured only $9 million", "$9 million had been received
/// against the appeal": money already received that is set against a need told before it is part of that need (SCHEMA.md: a
/// component of a total). Read as rows: an earlier-money row without a parent, and a larger request in its currency told
/// before it, in its own sentence or, when the row's sentence points to an appeal or plan, anywhere before.</summary>
internal sealed class ReceivedAgainstNeed(RelationVocabulary words) : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        // Both read at most once a document: the needs in one pass, each sentence's appeal wording once.
        int[]? needs = null;
        var againstAppeal = new Dictionary<int, bool>();
        foreach (var i in draft.Primary)
        {
            var part = draft.Figures[i];
            if (part.Status != FundingStatus.Previous || part.PartOfId is not null || part.ConvertedFromId is not null || part.Value is not { } value) continue;
            var mention = draft.BodySpan(i);
            var sentence = draft.Document.SentenceIndexAt(mention.Start);
            if (sentence < 0) continue;
            var need = NeedInSentence(draft, i, mention, sentence, value);
            if (need < 0 && SetAgainstAppeal(draft, sentence, againstAppeal)) need = (needs ??= NeedsBefore.Of(draft))[i];
            if (need >= 0) draft.TryLink(i, need);
        }
    }

    /// <summary>The larger request told last before the row in its sentence, when the row's clause tells the money as already in
    /// ("has so far secured", "had received") or the request is of the row's year: "seeks $2 billion this year, after donors
    /// gave $1.2 billion last year" sets nothing against the need. -1 if none. (<see cref="RelationDraft.AmountsInSentence"/>
    /// holds no conversion.)</summary>
    private int NeedInSentence(RelationDraft draft, int i, Span mention, int sentence, double value)
    {
        var (part, need, received) = (draft.Figures[i], -1, (bool?)null);
        foreach (var (other, row) in draft.AmountsInSentence(sentence))
            if (other.Start < mention.Start && row != i && IsLargerNeed(draft.Figures[row], part.Currency, value)
                && (part.Year is { } year && draft.Figures[row].Year == year || (received ??= ToldAsReceived(draft, mention))))
                need = row;
        return need;
    }

    /// <summary>"so far", "to date", "secured", "received" in the amount's clause.</summary>
    private bool ToldAsReceived(RelationDraft draft, Span mention)
    {
        var tokens = draft.Document.Tokens;
        var clause = CumulativeTotals.ClauseSpanAround(draft, mention);
        var (first, end) = tokens.Within(clause);
        for (var k = first; k < end; k++)
            if (tokens[k].Start >= clause.Start && (words.Received.Contains(tokens, k) || words.SoFar.EndStartingAt(tokens, k, clause.End) >= 0)) return true;
        return false;
    }

    private static bool IsLargerNeed(FundingFigure need, string? currency, double value) =>
        need.Status == FundingStatus.Requested && need.Currency == currency && need.Value > value;

    /// <summary>"against the appeal", "toward this plan": an against-preposition, a determiner, at most one word, an appeal noun.</summary>
    private bool SetAgainstAppeal(RelationDraft draft, int sentence, Dictionary<int, bool> read)
    {
        if (!read.TryGetValue(sentence, out var against))
            read[sentence] = against = SetAgainstAppeal(draft.Document.Tokens, draft.Document.Sentences[sentence].Span);
        return against;
    }

    private bool SetAgainstAppeal(TokenLayer tokens, Span sentence)
    {
        var (first, end) = tokens.Within(sentence);
        for (var k = first; k < end; k++)
        {
            if (!words.AgainstPrepositions.Contains(tokens, k)) continue;
            var determiner = tokens.WordRightAfterToken(k, sentence.End);
            if (determiner < 0 || !words.OfDeterminers.Contains(tokens, determiner)) continue;
            var noun = tokens.WordRightAfterToken(determiner, sentence.End);
            if (noun >= 0 && !words.AppealNouns.Contains(tokens, noun)) noun = tokens.WordRightAfterToken(noun, sentence.End);
            if (noun >= 0 && words.AppealNouns.Contains(tokens, noun)) return true;
        }
        return false;
    }
}
