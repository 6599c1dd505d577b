using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// What a running total or programme contains. A total stated as including the news ("brings the total to $4m", "the total
/// support is now DKK 11 billion") contains the donor's other top-level figures; a backward-looking one ("has provided $X
/// since 2022", "so far") only its earlier money, never a figure still to come; a programme ("NOK 75 billion from 2023 to
/// 2027") every figure of its donor. Only smaller figures of the same named donor join, and a running total never joins
/// another one; a total stated as including the news includes no news told after it.
/// </summary>
internal sealed class RunningTotalMembers(RelativeFiscalYear fiscal) : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        var lead = draft.Lead;
        var totals = draft.Primary.Where(i => draft.Figures[i].PartOfId is null
                && (draft.IsCumulative(i) || draft.IsProgramme(i) && draft.Figures[i].Status == FundingStatus.Previous)).ToList();
        foreach (var total in totals)
        {
            // "brings its funding to £X this financial year": money dated before that year began is outside the total.
            var earliest = draft.Figures[total].Year is null ? fiscal.EarliestYearInside(draft.Document, draft.SentenceOf(draft.BodySpan(total))) : null;
            foreach (var member in draft.Primary)
            {
                if (member == total || draft.IsCumulative(member) || draft.Figures[member].Status == FundingStatus.Requested) continue;
                if (!draft.SameKnownDonor(member, total) || !draft.Smaller(member, total)) continue;
                // "brings its support in 2026 to $X ... In 2025 it provided $Y": money of another year is outside the year's total.
                if (draft.Figures[member].Year is { } year && draft.Figures[total].Year is { } totalYear && year != totalYear) continue;
                if (draft.Figures[member].Year < earliest) continue;
                // "It brings total disbursements to $X": the news a running total includes is told before it; news told after
                // it is another item (earlier money told after it, "recently donated", may still be inside).
                if (draft.IncludesNews(total) && draft.BodySpan(member).Start > draft.BodySpan(total).Start
                    && draft.Figures[member].Status != FundingStatus.Previous) continue;
                if (!draft.IncludesNews(total) && !draft.IsProgramme(total)
                    && draft.Figures[member].Status is not (FundingStatus.Previous or FundingStatus.Delivered)) continue;
                if (!draft.TryLink(member, total)) continue;
                // Beside the news, money a running total includes that was already paid is earlier money ("recently donated
                // DKK 9.5 million"); a pledge or allocation of its own ("Separately, X approved $5m") is news too.
                if (draft.IncludesNews(total) && lead >= 0 && member != lead && !draft.IsAncestor(member, lead) && !draft.IsAncestor(lead, member)
                    && draft.Figures[member].Status is FundingStatus.Delivered)
                    draft.SetStatus(member, FundingStatus.Previous);
            }
        }
    }
}
