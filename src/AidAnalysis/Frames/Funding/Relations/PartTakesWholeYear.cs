using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>"Of the new funding, $2 million will go to ...", "The payment, made up of €2 billion in loans and ...": a component
/// that tells no year of its own is money of the package it belongs to, given in that package's year (SCHEMA.md: year follows
/// from the text); so are its conversions. The fill gives news figures the publication year before the relations exist, so a
/// line that gets its status from its whole (<see cref="PartTakesWholeStatus"/>) gets its year here.</summary>
internal sealed class PartTakesWholeYear : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        foreach (var part in draft.Primary)
        {
            if (draft.Figures[part].Year is not null || !StatusFromWhole(draft, part) || YearAbove(draft, part) is not { } year) continue;
            draft.SetYearWhereUnknown(part, year);
        }
    }

    /// <summary>A line whose own sentence told no status and that is news only as a line of its package: one that told a
    /// status is dated (or left undated, as a programme over several years) by the funding stage itself.</summary>
    private static bool StatusFromWhole(RelationDraft draft, int row) =>
        draft.Document.Funding[row].Status == FundingStatus.Unspecified
        && draft.Figures[row].Status is FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered;

    /// <summary>The year of the row's own whole: a whole left undated (a programme over several years) dates none of its lines,
    /// whatever year the total above it has.</summary>
    private static int? YearAbove(RelationDraft draft, int row) => draft.Parent(row) is { } whole ? draft.Figures[whole].Year : null;
}
