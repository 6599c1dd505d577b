using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>"The payment, made up of €2 billion in loans and €400 million in grants", "Of the total, $40m will go to
/// UNRWA": a component whose own sentence tells no status is money of the package it belongs to, pledged, allocated or
/// delivered as that package is (SCHEMA.md: a package and its lines); so are its conversions. A headline figure linked to
/// the body's is a restatement, not a component, and keeps its own reading. Runs after the links, from the wholes down.</summary>
internal sealed class PartTakesWholeStatus : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        // Wholes before their parts, so a line of a line takes the status its own whole has just taken.
        foreach (var row in draft.Primary.OrderBy(row => draft.WholesAbove(row).Count()))
        {
            if (draft.Figures[row].Status != FundingStatus.Unspecified || draft.OnlyInHeadline(row) || draft.Parent(row) is not { } whole) continue;
            var status = draft.Figures[whole].Status;
            if (status is not (FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered)) continue;
            draft.SetStatusWithConversions(row, status);
        }
    }
}
