using AidAnalysis.Model;
using static AidAnalysis.Model.EnumText;
using C = AidAnalysis.Tables.Columns<AidAnalysis.Model.Claim>;

namespace AidAnalysis.Tables.Rows;

/// <summary>The claims row: an attributed statement, with the funding rows and aid items it speaks of (SCHEMA.md `claims`).</summary>
public static class ClaimRows
{
    public static RowSchema<Claim> Schema { get; } = new("claims", a => a.Claims,
    [
        C.Text("id", c => c.Id),
        C.Text("speaker", c => c.Speaker),
        C.OptionalText("speaker_id", c => c.SpeakerId),
        C.Text("speaker_kind", c => Lower(c.SpeakerKind)),
        C.Text("kind", c => Lower(c.Kind)),
        C.Text("cue", c => c.Cue),
        C.Text("text", c => c.Text),
        C.Boolean("hedged", c => c.Hedged),
        C.Boolean("negated", c => c.Negated),
        C.Integer("start", c => c.Span.Start),
        C.Integer("end", c => c.Span.End),
        C.Ids("funding_ids", c => c.FundingIds),
        C.Ids("aid_item_ids", c => c.AidItemIds),
    ]);
}
