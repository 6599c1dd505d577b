using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>"brings total disbursements under the programme to $2.1 billion", "has disbursed €19 billion under the instrument": the sum
/// paid out so far under a lending or grant programme is part of the programme's size, the row of the same currency and giver
/// whose sentence names a programme ("the $7 billion facility", "raise the size of the arrangement to $5.8 billion"), larger than
/// the sum and nearest it; and, summing up earlier payments, it is earlier money (SCHEMA.md: cumulative totals are previous), as is
/// the programme.
/// Runs right after <see cref="RunningTotalMembers"/>, which gathers a total's members only while it has no parent.</summary>
internal sealed class DisbursedUnderProgramme(RelationVocabulary words) : IRelationRule
{
    /// <summary>How many tokens may stand between "under the" and the programme noun ("under the 48-month Extended Fund Facility").</summary>
    private const int NounReach = 6;

    public void Apply(RelationDraft draft)
    {
        var tokens = draft.Document.Tokens;
        // Read once per clause and per sentence: rows share them, and a text without sentence ends is one long sentence.
        var clauses = new Dictionary<Span, (bool Paid, bool Summed, bool Under)>();
        var namesProgramme = new Dictionary<Span, bool>();
        foreach (var part in draft.Primary)
        {
            if (draft.Parent(part) is not null || draft.Figures[part].Value is not { } value) continue;
            var clause = CumulativeTotals.ClauseSpanAround(draft, draft.BodySpan(part));
            if (!clauses.TryGetValue(clause, out var read)) clauses[clause] = read = PaidUnderProgramme(tokens, clause);
            if (!(read.Paid && (read.Summed || draft.IsCumulative(part)) && read.Under)) continue;
            var whole = Programme(draft, part, value, namesProgramme);
            if (whole < 0 || !draft.TryLink(part, whole)) continue;
            draft.MarkCumulative(part, includesNews: draft.IncludesNews(part));
            MakePrevious(draft, part);
            // Money has been paid under the programme already: it is the earlier commitment the news comes under (SCHEMA.md).
            MakePrevious(draft, whole);
        }
    }

    private static void MakePrevious(RelationDraft draft, int row)
    {
        if (draft.Figures[row].Status is FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered)
            draft.SetStatusWithConversions(row, FundingStatus.Previous);
    }

    /// <summary>A disbursing word and "under the ... programme-noun" in the clause, and whether it sums up: a "total" of payments
    /// or a perfect "has disbursed" (not the news "disburses €3 billion under the facility"); a running total sums up as well.</summary>
    private (bool Paid, bool Summed, bool Under) PaidUnderProgramme(TokenLayer tokens, Span clause)
    {
        var (first, end) = tokens.WhollyWithin(clause);
        bool paid = false, summed = false, under = false;
        for (var j = first; j < end; j++)
        {
            if (words.Disbursing.Contains(tokens, j))
            {
                paid = true;
                // The word before counts when it reaches into the clause, one the clause's 200-character reach cuts too.
                summed |= j > 0 && tokens[j - 1].End > clause.Start
                    && (words.PerfectAuxiliaries.Contains(tokens, j - 1) || words.SummingWords.Contains(tokens, j - 1));
            }
            if (words.ProgrammePrepositions.EndStartingAt(tokens, j, clause.End) is var last and >= 0)
                for (var k = last + 1; k < Math.Min(end, last + 1 + NounReach); k++)
                    if (words.ProgrammeNouns.Contains(tokens, k)) under = true;
        }
        return (paid, summed, under);
    }

    /// <summary>The nearest larger row of the same currency and giver whose sentence names a programme, or -1.</summary>
    private int Programme(RelationDraft draft, int part, double value, Dictionary<Span, bool> namesProgramme)
    {
        var at = draft.BodySpan(part).Start;
        var best = -1;
        foreach (var j in draft.Primary)
        {
            if (j == part || draft.IsCumulative(j) || draft.OnlyInHeadline(j) || draft.Figures[j].Currency != draft.Figures[part].Currency
                || draft.Figures[j].Value is not { } size || size <= value || !draft.SameDonorOrUnknown(part, j)
                || !NamesProgramme(draft, j, namesProgramme))
                continue;
            if (best < 0 || Math.Abs(draft.BodySpan(j).Start - at) < Math.Abs(draft.BodySpan(best).Start - at)) best = j;
        }
        return best;
    }

    private bool NamesProgramme(RelationDraft draft, int row, Dictionary<Span, bool> read)
    {
        var sentence = draft.SentenceOf(draft.BodySpan(row));
        if (!read.TryGetValue(sentence, out var names)) read[sentence] = names = NamesProgramme(draft.Document.Tokens, sentence);
        return names;
    }

    private bool NamesProgramme(TokenLayer tokens, Span sentence) => words.ProgrammeNouns.AnyIn(tokens, tokens.WhollyWithin(sentence));
}
