using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations;

/// <summary>An amount's own clause for the rules that read what is told of that amount alone (<see cref="EarlierDated"/>,
/// <see cref="OwnBudgetSpending"/>): <see cref="CumulativeTotals.ClauseSpanAround"/>, cut at the commas nearest the amount.</summary>
internal static class CommaClause
{
    public static Span Around(RelationDraft draft, Span mention)
    {
        var (tokens, clause) = (draft.Document.Tokens, CumulativeTotals.ClauseSpanAround(draft, mention));
        int start = clause.Start, end = clause.End;
        for (var j = tokens.LastEndingBy(mention.Start); j >= 0 && tokens[j].Start >= start; j--)
            if (tokens.IsMark(j, ',')) { start = tokens[j].End; break; }
        for (var j = tokens.FirstStartingFrom(mention.End); j < tokens.Count && tokens[j].End <= end; j++)
            if (tokens.IsMark(j, ',')) { end = tokens[j].Start; break; }
        return new Span(start, end);
    }
}
