using static AidAnalysis.Model.EnumText;
using C = AidAnalysis.Tables.Columns<AidAnalysis.Tables.InArticle<AidAnalysis.Tables.ActorMention>>;

namespace AidAnalysis.Tables.Rows;

/// <summary>The mentions row, long format: one row per actor mention with the words it covers. The JSON keeps mentions
/// inside their actor (its `mentions` spans), so this row kind has no JSON array of its own.</summary>
public static class MentionRows
{
    public static RowSchema<InArticle<ActorMention>> Schema { get; } = new("mentions",
        a => a.Actors.SelectMany(x => x.Mentions.Select(m => new InArticle<ActorMention>(a.Article, new ActorMention(x, m)))),
    [
        C.Text("actor_id", r => r.Item.Actor.Id),
        C.Text("name", r => r.Item.Actor.Name),
        C.Text("kind", r => Lower(r.Item.Actor.Kind)),
        C.Text("text", r => r.Item.Span.Of(r.Article.Text)),
        C.Integer("start", r => r.Item.Span.Start),
        C.Integer("end", r => r.Item.Span.End),
    ]);
}
