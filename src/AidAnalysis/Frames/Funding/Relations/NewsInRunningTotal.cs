using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// "With this allocation, Ruritania's support this year amounts to $X", "With today's announcement, its aid since 2022 totals
/// $X": a sentence that opens by naming the news tells, as its first amount, a running total that includes it. The news is
/// the figure the story leads with, else the nearest top-level news figure told before; either smaller than the total, of
/// the same giver and in its currency. It is `part_of` the total (SCHEMA.md: a running total that includes the new figure),
/// and the total is earlier money.
/// </summary>
internal sealed class NewsInRunningTotal(CumulativeWording wording) : IRelationRule
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
            bool Inside(int i) => draft.Parent(i) is null && draft.Smaller(i, total) && draft.SameDonorOrUnknown(i, total);
            var lead = draft.Lead;
            var news = lead >= 0 && lead != total && draft.BodySpan(lead).Start < sentence.Start && draft.Figures[lead].Currency == draft.Figures[total].Currency && Inside(lead)
                ? lead : draft.NewsBefore(sentence.Start, excluding: total, currency: draft.Figures[total].Currency, where: Inside);
            if (news < 0 || !draft.TryLink(news, total)) continue;
            if (draft.Figures[total].Status is FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered)
                draft.SetStatusWithConversions(total, FundingStatus.Previous);
        }
    }
}
