using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>"The agency says it needs $40 million but has so far secured only $9 million", "$9 million had been received
/// against the appeal", "it had received $9 million of the $40 million it requires": money already received that is set
/// against a need is part of that need (SCHEMA.md: a component of a total). Read as rows: an earlier-money row without a
/// parent, and a larger request in its currency told before it, or right after it as "of the $Y", in its own sentence or,
/// when the row's sentence points to an appeal or plan, anywhere before. A row read as delivered whose clause tells it as
/// received ("had received only $9 million by March") is the same money in against the need: what an appeal has taken in
/// so far is a running total, earlier money (SCHEMA.md), so it becomes earlier money once linked.</summary>
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
            if (part.Status is not (FundingStatus.Previous or FundingStatus.Delivered) || part.PartOfId is not null || part.ConvertedFromId is not null
                || part.Value is not { } value) continue;
            var mention = draft.BodySpan(i);
            var sentence = draft.Document.SentenceIndexAt(mention.Start);
            if (sentence < 0) continue;
            if (part.Status == FundingStatus.Delivered)
            {
                if (!ToldAsReceived(draft, mention)) continue;
                var against = NeedInSentence(draft, i, mention, sentence, value) is var before and >= 0 ? before : NeedRightAfter(draft, i, mention, sentence, value);
                if (against >= 0 && draft.TryLink(i, against)) draft.SetStatusWithConversions(i, FundingStatus.Previous);
                continue;
            }
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

    /// <summary>The larger request told right after the row as "of the|its $Y" in its sentence, or -1.</summary>
    private int NeedRightAfter(RelationDraft draft, int i, Span mention, int sentence, double value)
    {
        var tokens = draft.Document.Tokens;
        foreach (var (other, row) in draft.AmountsInSentence(sentence))
        {
            if (other.Start <= mention.Start || row == i) continue;
            var determiner = tokens.WordEndingRightBefore(other.Start, mention.End);
            var of = tokens.WordRightBeforeToken(determiner, mention.End);
            var follows = determiner >= 0 && words.OfDeterminers.Contains(tokens, determiner) && tokens.Is(of, "of")
                && tokens.FirstStartingFrom(mention.End) == of;
            return follows && IsLargerNeed(draft.Figures[row], draft.Figures[i].Currency, value) ? row : -1;
        }
        return -1;
    }

    /// <summary>"so far", "to date", "secured", "received" in the amount's clause.</summary>
    private bool ToldAsReceived(RelationDraft draft, Span mention)
    {
        var tokens = draft.Document.Tokens;
        var clause = CumulativeTotals.ClauseSpanAround(draft, mention);
        var (first, end) = tokens.WhollyWithin(clause);
        for (var k = first; k < end; k++)
            if (words.Received.Contains(tokens, k) || words.SoFar.EndStartingAt(tokens, k, clause.End) >= 0) return true;
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
