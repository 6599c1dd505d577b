using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// A headline figure that restates the body's in rounder words ("over $1 bln" for "$1.1 billion") is `part_of` the body's
/// row (SCHEMA.md); one that restates a conversion ("$247.5 million" for "€225 million ($247.5 million)") is that conversion.
/// Within 10% counts as a restatement. An exact repeat the funding frame kept apart ("Lenders pledge $640 million ..." over
/// "regional lenders pledged about $640 million late on Tuesday") is one figure told twice, which SCHEMA.md lists once, at its first telling: the
/// body's telling is `part_of` the headline's, and since the headline announces it as news, it is news too even where a date
/// or tense of its long sentence read it as earlier money.
/// </summary>
internal sealed class HeadlineRestatement(NewMoney newMoney) : IRelationRule
{
    public const double Rounding = 0.10;

    public void Apply(RelationDraft draft)
    {
        for (var h = 0; h < draft.Figures.Length; h++)
        {
            if (!draft.OnlyInHeadline(h) || draft.Figures[h].Value is not { } value) continue;
            var body = Restated(draft, h, value);
            if (body < 0) continue;
            var b = draft.Figures[body];
            if (b.ConvertedFromId is not null)
            {
                if (draft.Figures[h].ConvertedFromId is null && draft.Figures[h].PartOfId is null && !draft.Children(h).Any())
                    draft.MarkConversion(h, b.ConvertedFromId);
            }
            else if (!IsExactRepeat(draft, h, body) || !TakeFirstTelling(draft, h, body)) draft.TryLink(h, body);
        }
    }

    private bool IsExactRepeat(RelationDraft draft, int headline, int body) =>
        draft.Figures[body].Value == draft.Figures[headline].Value && draft.Figures[body].PartOfId is null && !draft.IsCumulative(body)
        && newMoney.Qualifies(draft, headline);

    private static bool TakeFirstTelling(RelationDraft draft, int headline, int body)
    {
        if (!draft.TryLink(body, headline)) return false;
        if (draft.Figures[body].Status == FundingStatus.Previous) draft.SetStatus(body, draft.Figures[headline].Status);
        return true;
    }

    /// <summary>The body row closest in value, in the same currency and within the rounding margin, or -1.</summary>
    public static int Restated(RelationDraft draft, int headline, double value) =>
        Enumerable.Range(0, draft.Figures.Length)
            .Where(i => i != headline && !draft.OnlyInHeadline(i) && draft.Figures[i].Currency == draft.Figures[headline].Currency
                && draft.Figures[i].Value is > 0 && Math.Abs(draft.Figures[i].Value!.Value - value) <= Rounding * draft.Figures[i].Value!.Value)
            .OrderBy(i => Math.Abs(draft.Figures[i].Value!.Value - value)).FirstOrDefault(-1);
}
