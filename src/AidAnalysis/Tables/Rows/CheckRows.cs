using AidAnalysis.Frames.Relations.Checks;
using AidAnalysis.Model;
using C = AidAnalysis.Tables.Columns<AidAnalysis.Model.FundingCheck>;

namespace AidAnalysis.Tables.Rows;

/// <summary>The checks row: something about the figures an analyst should look at, with the funding rows and spans it cites
/// and the change it measures (a share, to four places: -0.3333 for a third less).</summary>
public static class CheckRows
{
    public static RowSchema<FundingCheck> Schema { get; } = new("checks", a => a.Checks,
    [
        C.Text("id", c => c.Id),
        C.Text("kind", c => CheckText.Name(c.Kind)),
        C.Text("message", c => c.Message),
        C.Ids("funding_ids", c => c.FundingIds),
        C.Spans("spans", c => c.Spans),
        C.OptionalNumber("change", c => c.Change is { } change ? Math.Round(change, 4) : null),
    ]);
}
