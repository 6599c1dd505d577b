using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames;

/// <summary>The stretch of a sentence that belongs to one amount, which the attribute and party rules read.</summary>
public sealed partial class FundingBuilder
{
    /// <summary>
    /// The part of the sentence that belongs to this amount: from the previous amount to the next. Amounts
    /// joined by "and" ("$3 billion and $2 billion respectively by 2030") share what follows them.
    /// </summary>
    private static Span ClauseWindow(AnalysisDocument doc, int moneyIndex, Span sentence)
    {
        var amounts = doc.Money;
        var money = amounts[moneyIndex];
        // The amounts of the clause are the unconverted ones inside the sentence, found by walking out from this one
        // (the money layer is sorted and free of overlaps).
        static bool InClause(MoneyMention m, Span sentence) => m.ConvertedFrom is null && sentence.Contains(m.Span);
        if (!InClause(money, sentence)) return sentence;
        var start = sentence.Start;
        for (var i = moneyIndex - 1; i >= 0 && amounts[i].Span.End > sentence.Start; i--)
            if (InClause(amounts[i], sentence))
            {
                start = amounts[i].Span.End;
                break;
            }
        var end = sentence.End;
        var last = money;
        for (var i = moneyIndex + 1; i < amounts.Count && amounts[i].Span.Start < sentence.End; i++)
        {
            if (!InClause(amounts[i], sentence)) continue;
            if (IsCoordination(doc.Text.AsSpan(last.Span.End..amounts[i].Span.Start)))
            {
                last = amounts[i];
                continue;
            }
            end = amounts[i].Span.Start;
            break;
        }
        // "$X will go to A, while $Y was spent last year": a clause boundary (a contrastive clause or a semicolon) ends the
        // amount's clause, so the other clause's tense and verbs stay there.
        if (doc.Clauses.LastBoundaryEndIn(new Span(start, money.Span.Start)) is { } clauseStart) start = clauseStart;
        if (doc.Clauses.FirstBoundaryStartIn(new Span(money.Span.End, end)) is { } clauseEnd) end = clauseEnd;
        return new Span(start, end);
    }

    private static bool IsCoordination(ReadOnlySpan<char> gap) =>
        gap.Trim() is "and" or "or" or "," or ", and";
}
