using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>"Chad will receive €85 million, Egypt €70 million and Uganda €30 million": a verb of receiving governs the amounts of
/// its own list, its object and the items after it whose verb is left out. "; UNICEF gets $15 million", "while $10 million will go
/// to the Red Cross": an amount after a clause boundary (a semicolon, a contrastive clause) or with a verb of its own right after
/// it opens another clause, and so does every amount after it; the earlier verb names neither its receiver nor how it is given.</summary>
internal sealed class ReceivingReach(PartyWords words)
{
    private readonly WordSet _ownVerbs = new(words.AmountClauseVerbs);

    /// <summary>Whether the verb of receiving ending at <paramref name="verbEnd"/> reaches the amount at
    /// <paramref name="moneyIndex"/> through the amounts between them.</summary>
    public bool Reaches(AnalysisDocument doc, int verbEnd, int moneyIndex)
    {
        var first = Object(doc.Money, verbEnd, moneyIndex);
        for (var i = first + 1; i <= moneyIndex; i++)
        {
            // A conversion restates the amount before it; the clause reads on after it.
            if (doc.Money[i].ConvertedFrom is not null) continue;
            if (!Chained(doc, i)) return false;
        }
        return true;
    }

    /// <summary>Whether the amount at <paramref name="moneyIndex"/>, reached by the verb ending at <paramref name="verbEnd"/>, is a
    /// later item of a list of receivers ("Chad will receive €85 million, Egypt €70 million"), not the verb's object. "UNRWA has
    /// received $120 million: Germany $40 million, Japan $20 million" and "The fund has received $50 million, Britain $20 million
    /// and Germany $15 million" break the object down by giver: a colon sets the items off, or two or more of them add up to no
    /// more than the object.</summary>
    public bool ListsReceivers(AnalysisDocument doc, Span sentence, int verbEnd, int moneyIndex)
    {
        var amounts = doc.Money;
        var first = Object(amounts, verbEnd, moneyIndex);
        if (first == moneyIndex) return false;
        var tokens = doc.Tokens;
        var (t, end) = tokens.WhollyWithin(new Span(amounts[first].Span.End, amounts[moneyIndex].Span.Start));
        for (; t < end; t++)
            if (tokens.IsMark(t, ':')) return false;
        return !Breakdown(doc, sentence, first);
    }

    /// <summary>Whether two or more items chained after the object, in its currency, add up to no more than it.</summary>
    private bool Breakdown(AnalysisDocument doc, Span sentence, int first)
    {
        var amounts = doc.Money;
        if (amounts[first].Value is not { } whole) return false;
        var (sum, items) = (0.0, 0);
        for (var i = first + 1; i < amounts.Count && amounts[i].Span.End <= sentence.End; i++)
        {
            if (amounts[i].ConvertedFrom is not null) continue;
            if (!Chained(doc, i)) break;
            if (amounts[i].Value is not { } part || amounts[i].Currency != amounts[first].Currency) return false;
            (sum, items) = (sum + part, items + 1);
        }
        return items >= 2 && sum <= whole;
    }

    /// <summary>The first amount after the verb: its object.</summary>
    private static int Object(IReadOnlyList<MoneyMention> amounts, int verbEnd, int moneyIndex)
    {
        var first = moneyIndex;
        while (first > 0 && amounts[first - 1].Span.Start >= verbEnd) first--;
        return first;
    }

    /// <summary>Whether the amount at <paramref name="i"/> follows the one before it in the same clause, with no verb of its own.</summary>
    private bool Chained(AnalysisDocument doc, int i) =>
        doc.Clauses.LastBoundaryEndIn(new Span(doc.Money[i - 1].Span.End, doc.Money[i].Span.Start)) is null && !HasVerbAfter(doc.Tokens, doc.Money[i].Span);

    /// <summary>Whether the word right after the amount is a verb or an auxiliary of which the amount is the subject.</summary>
    private bool HasVerbAfter(TokenLayer tokens, Span amount)
    {
        var next = tokens.FirstStartingFrom(amount.End);
        return next < tokens.Count && tokens.IsAny(next, _ownVerbs);
    }
}
