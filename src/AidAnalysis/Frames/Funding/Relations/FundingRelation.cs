using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// How one funding row relates to the others (<see cref="Pipeline.Layer.Relations"/>), keyed by the row's id: the row it is a
/// component of, the row it restates in another currency, whether it is the article's new money, and what the relations
/// showed its own sentence got wrong. The funding layer keeps the row as the funding stage read it;
/// <see cref="Pipeline.AnalysisDocument.RelatedFunding"/> composes the two.
/// </summary>
public sealed record FundingRelation(string FundingId, string? PartOfId, string? ConvertedFromId, bool Counted)
{
    /// <summary>The status the relations showed the row to have (a running total is earlier money, a request's line is
    /// requested), or null when the funding stage's status stands.</summary>
    public FundingStatus? Status { get; init; }

    /// <summary>Unspecified for a package whose parts are of different aid types (and its conversions), or null when the
    /// funding stage's aid type stands.</summary>
    public AidType? AidType { get; init; }

    /// <summary>The year of the package a component belongs to, for a component that tells none, or null when the funding
    /// stage's year stands.</summary>
    public int? Year { get; init; }

    /// <summary>The row with this relation applied, as the analysis reports it; a relation adds links, never drops one the row has.</summary>
    public FundingFigure ApplyTo(FundingFigure figure) => figure with
    {
        PartOfId = PartOfId ?? figure.PartOfId,
        ConvertedFromId = ConvertedFromId ?? figure.ConvertedFromId,
        Counted = Counted,
        Status = Status ?? figure.Status,
        AidType = AidType ?? figure.AidType,
        Year = Year ?? figure.Year,
    };

    /// <summary>The funding rows with their relations applied, in the funding layer's order; a row without a relation is
    /// left as it is, and the funding layer itself is returned when there are no relations.</summary>
    public static IReadOnlyList<FundingFigure> Compose(IReadOnlyList<FundingFigure> funding, IReadOnlyList<FundingRelation> relations)
    {
        if (relations.Count == 0) return funding;
        // The relations stage writes one relation per row in the rows' order; look ids up only when a layer was built otherwise.
        Dictionary<string, FundingRelation>? byId = null;
        var related = new FundingFigure[funding.Count];
        for (var i = 0; i < funding.Count; i++)
        {
            var figure = funding[i];
            var relation = i < relations.Count && relations[i].FundingId == figure.Id ? relations[i]
                : (byId ??= ById(relations)).GetValueOrDefault(figure.Id);
            related[i] = relation is null ? figure : relation.ApplyTo(figure);
        }
        return related;
    }

    private static Dictionary<string, FundingRelation> ById(IReadOnlyList<FundingRelation> relations)
    {
        var byId = new Dictionary<string, FundingRelation>(relations.Count, StringComparer.Ordinal);
        foreach (var relation in relations) byId.TryAdd(relation.FundingId, relation);
        return byId;
    }
}
