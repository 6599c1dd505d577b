using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// Running totals and multi-year programmes. "brings the total to $X", "bringing its support for Yemen to $X" (the wording the
/// status reader takes as a running total), "the total support is now $X" include the news;
/// "has provided $X since 2022", "so far", "to date" sum up earlier money. SCHEMA.md: cumulative totals are earlier money
/// (`previous`), and so is a programme the news comes under ("€2 billion a year from 2024 to 2027") when the article leads
/// with another figure. The clause's words are read on tokens (<see cref="CumulativeWording"/>), and so is the wording right before
/// the amount (<see cref="RunningTotalWording"/>).
/// </summary>
internal sealed class CumulativeTotals(RunningTotalWording runningTotal, CumulativeWording wording) : IRelationRule
{

    public void Apply(RelationDraft draft)
    {
        // The first rule: no row is a running total yet, so this is the first row pledged, allocated or delivered.
        var lead = draft.Lead;
        var tokens = draft.Document.Tokens;
        foreach (var i in draft.Primary.ToList())
        {
            var mention = draft.BodySpan(i);
            var clause = ClauseSpanAround(draft, mention);
            if (RaisedTotalAt(draft, tokens, clause.End)) clause = UpToComma(tokens, clause, mention);
            if (runningTotal.IncludesNewsBefore(tokens, draft.Before(mention, 200)))
            {
                draft.MarkCumulative(i, includesNews: true);
            }
            else if (wording.SumsUpEarlier(tokens, clause) && !wording.SuperlativeToDate(tokens, clause) || wording.InTotalDone(tokens, clause))
            {
                draft.MarkCumulative(i, includesNews: false);
            }
            else if (wording.Programme(tokens, clause))
            {
                draft.MarkProgramme(i);
                if (lead >= 0 && lead != i && draft.BodySpan(lead).Start < mention.Start && !PartAnnouncedWithLead(draft, lead, i, mention))
                    MakePrevious(draft, i);
                continue;
            }
            else continue;
            MakePrevious(draft, i);
        }
    }

    /// <summary>Whether an amount starting at <paramref name="offset"/> is a running total that includes the news ("$3 million
    /// ..., bringing its total support since 2023 to $9 million").</summary>
    private bool RaisedTotalAt(RelationDraft draft, TokenLayer tokens, int offset)
    {
        foreach (var m in draft.Document.MoneyOverlapping(new Model.Span(offset, offset + 1)))
            if (m.Span.Start == offset && m.ConvertedFrom is null) return runningTotal.IncludesNewsBefore(tokens, draft.Before(m.Span, 200));
        return false;
    }

    /// <summary>The clause up to the first comma after the amount: the words after it tell the running total that follows
    /// ("since 2023" dates the total, not the news it adds).</summary>
    private static Model.Span UpToComma(TokenLayer tokens, Model.Span clause, Model.Span mention)
    {
        for (var j = tokens.FirstStartingFrom(mention.End); j < tokens.Count && tokens[j].End <= clause.End; j++)
            if (tokens.IsMark(j, ',')) return new Model.Span(clause.Start, tokens[j].Start);
        return clause;
    }

    /// <summary>"approved $100 million, including a $60 million loan over the next two years": a smaller sum of the lead's currency
    /// in the lead's own sentence is a part the news announces with its programme, not the earlier programme it comes under.</summary>
    private static bool PartAnnouncedWithLead(RelationDraft draft, int lead, int i, Model.Span mention) =>
        draft.SentenceOf(draft.BodySpan(lead)) == draft.SentenceOf(mention)
        && draft.Figures[i].Currency == draft.Figures[lead].Currency && draft.Figures[i].Value < draft.Figures[lead].Value;

    private static void MakePrevious(RelationDraft draft, int i)
    {
        if (draft.Figures[i].Status is FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered)
            draft.SetStatus(i, FundingStatus.Previous);
    }

    /// <summary>The amount's clause: from the previous amount (or the sentence start) to the next one (or the sentence end),
    /// at most 200 characters either side.</summary>
    public static Model.Span ClauseSpanAround(RelationDraft draft, Model.Span mention)
    {
        var sentence = draft.SentenceOf(mention);
        int start = sentence.Start, end = sentence.End;
        foreach (var m in draft.Document.MoneyOverlapping(sentence))
        {
            if (!sentence.Contains(m.Span) || m.ConvertedFrom is not null) continue;
            if (m.Span.End <= mention.Start) start = Math.Max(start, m.Span.End);
            if (m.Span.Start >= mention.End) end = Math.Min(end, m.Span.Start);
        }
        start = Math.Max(start, mention.Start - 200);
        return new Model.Span(start, Math.Min(end, mention.End + 200));
    }
}
