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
            SetYear(draft, part, year);
            foreach (var conversion in draft.ConversionsOf(part)) SetYear(draft, conversion, year);
        }
    }

    /// <summary>A line whose own sentence told no status and that is news only as a line of its package: one that told a
    /// status is dated (or left undated, as a programme over several years) by the funding stage itself.</summary>
    private static bool StatusFromWhole(RelationDraft draft, int row) =>
        draft.Document.Funding[row].Status == FundingStatus.Unspecified
        && draft.Figures[row].Status is FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered;

    /// <summary>The year of the nearest whole above the row that has one; links never form a cycle, and the walk stops at the
    /// row count anyway.</summary>
    private static int? YearAbove(RelationDraft draft, int row)
    {
        var steps = 0;
        for (var up = draft.Parent(row); up is { } whole && steps <= draft.Figures.Length; up = draft.Parent(whole), steps++)
            if (draft.Figures[whole].Year is { } year) return year;
        return null;
    }

    private static void SetYear(RelationDraft draft, int row, int year)
    {
        if (draft.Figures[row].Year is null) draft.Figures[row] = draft.Figures[row] with { Year = year };
    }
}
