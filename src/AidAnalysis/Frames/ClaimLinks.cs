using AidAnalysis.Model;

namespace AidAnalysis.Frames;

/// <summary>
/// The funding figures and aid items each claim mentions, found by their spans inside the claim's. Composed when the
/// analysis is read rather than by the claims stage, so that stage needs neither the funding nor the aid-item layer
/// and runs beside them.
/// </summary>
public static class ClaimLinks
{
    public static IReadOnlyList<Claim> Apply(IReadOnlyList<Claim> claims, IReadOnlyList<FundingFigure> funding, IReadOnlyList<AidItem> aidItems)
    {
        if (claims.Count == 0 || funding.Count == 0 && aidItems.Count == 0) return claims;
        var figures = new ItemsBySpan(funding.Select(f => f.Mentions));
        var items = new ItemsBySpan(aidItems.Select(i => new[] { i.Span }));
        var linked = new Claim[claims.Count];
        for (var c = 0; c < claims.Count; c++)
        {
            var claim = claims[c];
            linked[c] = claim with
            {
                FundingIds = [.. figures.Within(claim.Span).Select(i => funding[i].Id)],
                AidItemIds = [.. items.Within(claim.Span).Select(i => aidItems[i].Id)],
            };
        }
        return linked;
    }
}
