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
        // No index over an empty list: most articles have figures but no aid items.
        var figures = funding.Count == 0 ? null : new ItemsBySpan(funding.Select(f => f.Mentions));
        var items = aidItems.Count == 0 ? null : new ItemsBySpan(aidItems.Select(i => new[] { i.Span }));
        var linked = new Claim[claims.Count];
        for (var c = 0; c < claims.Count; c++)
        {
            var claim = claims[c];
            var fundingIds = IdsWithin(figures, claim.Span, funding, static f => f.Id);
            var aidItemIds = IdsWithin(items, claim.Span, aidItems, static i => i.Id);
            // Most claims mention no figure or item: the claim as it came, not a copy with the same empty lists.
            linked[c] = fundingIds.Length == 0 && aidItemIds.Length == 0 && claim.FundingIds.Count == 0 && claim.AidItemIds.Count == 0
                ? claim : claim with { FundingIds = fundingIds, AidItemIds = aidItemIds };
        }
        return linked;
    }

    /// <summary>The ids of the listed things mentioned inside <paramref name="span"/>, in list order: one array of the
    /// right size, read once per claim when the analysis is composed.</summary>
    private static string[] IdsWithin<T>(ItemsBySpan? index, Span span, IReadOnlyList<T> list, Func<T, string> id)
    {
        if (index is null) return [];
        var within = index.Within(span);
        if (within.Count == 0) return [];
        var ids = new string[within.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = id(list[within[i]]);
        return ids;
    }
}
