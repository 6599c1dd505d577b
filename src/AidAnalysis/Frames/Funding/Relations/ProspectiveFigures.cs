using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>
/// Money a giver may give or is expected to give, told beside the news: "the review could release a further $40 million",
/// "the bank is considering a $7 million grant", "the board is expected to approve $12 million". No decision is told, so the
/// figure is neither pledged, allocated nor delivered (SCHEMA.md `unspecified`) and never new money; its conversions with it.
/// Read on the amount's clause (<see cref="CommaClause"/>) before the amount: a prospect word, or a prospect participle and
/// "to" (relation-words.tsv). The story's lead figure keeps its status.
/// </summary>
internal sealed class ProspectiveFigures(RelationVocabulary words) : IRelationRule
{
    public void Apply(RelationDraft draft)
    {
        var lead = draft.Lead;
        var prospective = draft.Primary
            .Where(i => i != lead && draft.Figures[i].Status is FundingStatus.Pledged or FundingStatus.Allocated or FundingStatus.Delivered && Prospect(draft, i))
            .ToList();
        foreach (var row in prospective.SelectMany(i => draft.ConversionsOf(i).Prepend(i))) draft.SetStatus(row, FundingStatus.Unspecified);
    }

    /// <summary>A prospect word, or a prospect participle and "to", in the row's clause before its amount.</summary>
    private bool Prospect(RelationDraft draft, int i)
    {
        var tokens = draft.Document.Tokens;
        var mention = draft.BodySpan(i);
        var clause = CommaClause.Around(draft, mention);
        var before = new Span(clause.Start, Math.Max(clause.Start, mention.Start));
        var (first, end) = tokens.Within(before);
        for (var j = first; j < end; j++)
        {
            if (words.Prospects.Contains(tokens, j)) return true;
            if (words.ProspectParticiples.Contains(tokens, j) && tokens.Is(tokens.WordRightAfterToken(j, before.End), "to")) return true;
        }
        return false;
    }
}
