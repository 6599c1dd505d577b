using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// A figure that equals the sum of a run of neighbouring figures (within 2%) is their total: "$31 million" and "$45 million"
/// with "$76 million over the last month"; "NOK 1.2 billion" and "NOK 0.9 billion" under a headline's "NOK 2.1 billion".
/// The parts are consecutive rows on one side of the total, in its currency, of a compatible donor, within a few paragraphs;
/// rows already linked to the total count towards the sum. Requiring consecutive rows keeps chance sums out. A request's
/// lines may be spread over a whole fact sheet ("$12 billion ... requested", then sections of $6.1, $4.2, $1.7 billion):
/// there the paragraph reach does not apply. A total stated without a verb of giving ("The combined value of the schemes
/// is X") has no status of its own; the sum of new money is new money, so it takes its parts' status. A figure its own clause
/// names as no money given ("tourism revenue fell by X", "energy costs of X") is no whole of aid lines, whatever they add up to;
/// it stays the whole of figures that are no aid either (exports and imports that make up a trade figure).
/// </summary>
internal sealed class SumOfParts(RelationVocabulary words) : IRelationRule
{
    private const int ParagraphReach = 5;
    /// <summary>Stated parts are often rounded ("roughly", "nearly"): 2% absorbs that and no more.</summary>
    private const double Tolerance = 0.02;

    public void Apply(RelationDraft draft)
    {
        var primary = draft.Primary.ToList();
        var position = primary.Select((row, at) => (row, at)).ToDictionary(x => x.row, x => x.at);
        // The candidates on either side of a total, nearest first, refilled for each total (each total reads every row).
        List<int> before = [], after = [];
        // Smaller totals first: "$31m + $45m = $76m" is found before "$76m + $24m ≈ $100m".
        foreach (var total in primary.OrderBy(i => draft.Figures[i].Value ?? 0))
        {
            if (draft.Figures[total].Value is not { } target || target <= 0) continue;
            var linked = 0.0;
            foreach (var child in draft.Children(total)) linked += draft.Figures[child].Value ?? 0;
            var at = position[total];
            var run = RunSummingTo(draft, primary, at, total, total, target - linked, before, after);
            // "AED 367 million (US$100 million) ... US$45 million, US$35 million and US$20 million": lines given in the
            // currency of the total's conversion add up to the conversion, and are the lines of the total it restates. A
            // total with no status of its own keeps it there: a sum told in two currencies is often a need ("$18.7m
            // (Shs68 billion)"), whose lines the story tells as money already found.
            var inConversion = false;
            if (run is null && linked == 0)
                foreach (var conversion in draft.ConversionsOf(total))
                    if (draft.Figures[conversion].Value is > 0 and var restated
                        && (run = RunSummingTo(draft, primary, at, total, conversion, restated, before, after)) is not null)
                    {
                        inConversion = true;
                        break;
                    }
            if (run is null || run.Count + (linked > 0 ? 1 : 0) < 2) continue;
            if (SiblingOfLargerSum.Holds(draft, primary, total, run, (i, whole) => IsCandidate(draft, i, whole, whole))) continue;
            // Figures that are no aid sum to no-aid wholes ("exports of X and imports of Y, trade of Z"); aid lines do not.
            if (run.Any(part => IsAid(draft.Figures[part])) && IsNotAid(draft, total)) continue;
            foreach (var part in run) draft.TryLink(part, total);
            if (draft.Figures[total].Status == FundingStatus.Unspecified && !inConversion) TakePartsStatus(draft, total);
        }
    }

    /// <summary>The run of candidates on one side of the total whose values sum to <paramref name="target"/> in the currency
    /// of <paramref name="measure"/> (the total, or a conversion of it).</summary>
    private static List<int>? RunSummingTo(RelationDraft draft, List<int> primary, int at, int total, int measure, double target,
        List<int> before, List<int> after)
    {
        before.Clear();
        after.Clear();
        for (var k = at - 1; k >= 0; k--)
            if (IsCandidate(draft, primary[k], total, measure)) before.Add(primary[k]);
        for (var k = at + 1; k < primary.Count; k++)
            if (IsCandidate(draft, primary[k], total, measure)) after.Add(primary[k]);
        var whole = draft.Figures[measure].Value!.Value;
        return FindRun(draft, before, target, whole) ?? FindRun(draft, after, target, whole);
    }

    private static bool IsAid(FundingFigure figure) => figure.Status != FundingStatus.Unspecified || figure.AidType != AidType.Unspecified;

    /// <summary>Whether a figure read as no aid (no status, no type: SCHEMA.md gives amounts that are not aid neither) has a
    /// noun in its own clause that names it so: a price, revenue, a cost, a loss (<see cref="RelationVocabulary.NotAidNouns"/>).
    /// "The combined value of the schemes is X" names none and stays a whole.</summary>
    private bool IsNotAid(RelationDraft draft, int total)
    {
        if (IsAid(draft.Figures[total])) return false;
        var tokens = draft.Document.Tokens;
        return words.NotAidNouns.AnyIn(tokens, tokens.Within(CommaClause.Around(draft, draft.BodySpan(total))));
    }

    private static void TakePartsStatus(RelationDraft draft, int total)
    {
        var news = draft.Children(total).Select(c => draft.Figures[c].Status)
            .Where(s => s is FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered)
            .GroupBy(s => s).OrderByDescending(g => g.Count()).Select(g => (FundingStatus?)g.Key).FirstOrDefault();
        if (news is not { } status) return;
        draft.SetStatusWithConversions(total, status);
    }

    /// <summary>Whether row <paramref name="i"/> may be a part of the total, in the currency and below the value of
    /// <paramref name="measure"/> (the total or a conversion of it).</summary>
    private static bool IsCandidate(RelationDraft draft, int i, int total, int measure)
    {
        var f = draft.Figures[i];
        var t = draft.Figures[total];
        var m = draft.Figures[measure];
        return f.PartOfId is null && f.Value is > 0 && f.Currency == m.Currency && f.Value < m.Value
            && draft.SameDonorOrUnknown(i, total) && !draft.IsAncestor(i, total)
            && (t.Status == FundingStatus.Requested
                || Math.Abs(draft.BodyParagraph(i) - draft.BodyParagraph(total)) <= ParagraphReach);
    }

    /// <summary>Parts of one total come from one giver; amounts of several givers that happen to add up are a pledge list's
    /// business (<see cref="PledgeList"/>), not a sum's.</summary>
    private static List<int>? OneGiver(RelationDraft draft, List<int> run) =>
        run.Select(i => draft.Figures[i].Donor).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Count() <= 1 ? run : null;

    /// <summary>The shortest window of consecutive candidates (in order of nearness) whose values sum to the target.</summary>
    private static List<int>? FindRun(RelationDraft draft, List<int> ordered, double target, double total)
    {
        if (target <= 0) return null;
        for (var start = 0; start < ordered.Count; start++)
        {
            var sum = 0.0;
            for (var end = start; end < ordered.Count; end++)
            {
                sum += draft.Figures[ordered[end]].Value!.Value;
                if (Math.Abs(sum - target) <= Tolerance * total) return OneGiver(draft, ordered.GetRange(start, end - start + 1));
                if (sum > target + Tolerance * total) break;
            }
        }
        return null;
    }
}
