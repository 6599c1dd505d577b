using AidAnalysis.Model;
using static AidAnalysis.Model.EnumText;
using C = AidAnalysis.Tables.Columns<AidAnalysis.Model.Actor>;

namespace AidAnalysis.Tables.Rows;

/// <summary>The actors row: one real-world actor and every place it is mentioned (SCHEMA.md `actors`).</summary>
public static class ActorRows
{
    public static RowSchema<Actor> Schema { get; } = new("actors", a => a.Actors,
    [
        C.Text("id", x => x.Id),
        C.Text("name", x => x.Name),
        C.Text("kind", x => Lower(x.Kind)),
        C.OptionalText("role", x => x.Role),
        C.OptionalText("affiliation", x => x.Affiliation),
        C.Spans("mentions", x => x.Mentions),
    ]);
}
