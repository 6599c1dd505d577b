using AidAnalysis.Model;
using static AidAnalysis.Model.EnumText;
using C = AidAnalysis.Tables.Columns<AidAnalysis.Model.AidItem>;

namespace AidAnalysis.Tables.Rows;

/// <summary>The aid items row: in-kind aid (SCHEMA.md `aid_items`).</summary>
public static class AidItemRows
{
    public static RowSchema<AidItem> Schema { get; } = new("aid_items", a => a.AidItems,
    [
        C.Text("id", i => i.Id),
        C.Text("item", i => i.Item),
        C.Text("category", i => Lower(i.Category)),
        C.Boolean("lethal", i => i.Lethal),
        C.Text("status", i => Lower(i.Status)),
        C.OptionalText("provider", i => i.Provider),
        C.OptionalText("recipient", i => i.Recipient),
        C.Integer("start", i => i.Span.Start),
        C.Integer("end", i => i.Span.End),
    ]);
}
