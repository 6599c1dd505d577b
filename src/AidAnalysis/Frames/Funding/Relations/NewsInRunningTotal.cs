using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// "With this allocation, Ruritania's support this year amounts to $X", "With today's announcement, its aid since 2022 totals
/// $X": a sentence that opens by naming the news tells, as its first amount, a running total that includes it. The news is
/// the figure the story leads with, else the nearest top-level news figure told before; either smaller than the total, of
/// the same giver and in its currency, one of the total's own named giver first. It is `part_of` the total (SCHEMA.md: a
/// running total that includes the new figure), and the total is earlier money. A request, or a sentence telling a need, an
/// appeal, a gap or money still to find ("With this grant, $X remains to be raised"), tells no running total of giving.
/// </summary>
internal sealed class NewsInRunningTotal(CumulativeWording wording, RelationVocabulary words) : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        var document = draft.Document;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            if (!draft.HasAmounts(s) || draft.AmountsInSentence(s) is not { Count: > 0 } amounts) continue;
            var (mention, total) = amounts[0];
            var sentence = document.Sentences[s].Span;
            if (!wording.OpensWithTheNews(document.Tokens, sentence, mention.Start)) continue;
            if (draft.Figures[total].Status == FundingStatus.Requested || TellsNeed(document.Tokens, sentence)) continue;
            bool Inside(int i) => draft.Parent(i) is null && draft.Smaller(i, total) && draft.SameDonorOrUnknown(i, total);
            var news = News(draft, sentence, total, i => Inside(i) && draft.SameKnownDonor(i, total));
            if (news < 0) news = News(draft, sentence, total, Inside);
            if (news < 0 || !draft.TryLink(news, total)) continue;
            if (draft.Figures[total].Status is FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered)
                draft.SetStatusWithConversions(total, FundingStatus.Previous);
        }
    }

    /// <summary>The lead figure if told before the sentence and accepted, else the nearest accepted news figure before it.</summary>
    private static int News(RelationDraft draft, Span sentence, int total, Func<int, bool> accepts)
    {
        var lead = draft.Lead;
        var currency = draft.Figures[total].Currency;
        return lead >= 0 && lead != total && draft.BodySpan(lead).Start < sentence.Start && draft.Figures[lead].Currency == currency && accepts(lead)
            ? lead : draft.NewsBefore(sentence.Start, excluding: total, currency: currency, where: accepts);
    }

    /// <summary>Whether a word of need, appeal, gap or money still to find stands in the sentence.</summary>
    private bool TellsNeed(TokenLayer tokens, Span sentence)
    {
        var (first, end) = tokens.Within(sentence);
        for (var j = first; j < end; j++)
            if (words.Needs.StartEndingAt(tokens, j, sentence.Start) >= 0 || words.AppealNouns.Contains(tokens, j)
                || words.GapNouns.Contains(tokens, j) || words.Unmet.Contains(tokens, j))
                return true;
        return false;
    }
}
