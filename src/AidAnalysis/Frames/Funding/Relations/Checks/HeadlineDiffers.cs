using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations.Checks;

/// <summary>A headline figure that restates none of the body's (not within 10%, not their sum) while the body gives a figure
/// in the same currency from the same giver that is close but different (within a factor of two).</summary>
internal sealed class HeadlineDiffers : IFundingCheck
{
    public IEnumerable<(CheckKind, string, IReadOnlyList<int>, double?)> Find(RelationDraft draft)
    {
        foreach (var h in draft.Primary)
        {
            var f = draft.Figures[h];
            if (!draft.OnlyInHeadline(h) || f.Value is not { } value || f.PartOfId is not null || draft.Children(h).Any()) continue;
            var body = draft.Primary
                .Where(i => !draft.OnlyInHeadline(i) && draft.Figures[i].Currency == f.Currency && draft.Figures[i].Value is > 0
                    && draft.SameDonorOrUnknown(i, h) && draft.Figures[i].Status is not (FundingStatus.Previous or FundingStatus.Requested))
                .Where(i => draft.Figures[i].Value!.Value / value is > 0.5 and < 2)
                .OrderBy(i => Math.Abs(Math.Log(draft.Figures[i].Value!.Value / value)))
                .FirstOrDefault(-1);
            if (body < 0) continue;
            var b = draft.Figures[body];
            yield return (CheckKind.HeadlineDiffers, $"The headline says {f.AmountText}; the body says {b.AmountText}.", [h, body], b.Value!.Value / value - 1);
        }
    }
}
