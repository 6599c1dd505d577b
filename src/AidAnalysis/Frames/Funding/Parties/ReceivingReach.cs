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
        var (tokens, amounts) = (doc.Tokens, doc.Money);
        var first = moneyIndex;
        while (first > 0 && amounts[first - 1].Span.Start >= verbEnd) first--;
        for (var i = first + 1; i <= moneyIndex; i++)
        {
            // A conversion restates the amount before it; the clause reads on after it.
            if (amounts[i].ConvertedFrom is not null) continue;
            if (doc.Clauses.LastBoundaryEndIn(new Span(amounts[i - 1].Span.End, amounts[i].Span.Start)) is not null || HasVerbAfter(tokens, amounts[i].Span))
                return false;
        }
        return true;
    }

    /// <summary>Whether the word right after the amount is a verb or an auxiliary of which the amount is the subject.</summary>
    private bool HasVerbAfter(TokenLayer tokens, Span amount)
    {
        var next = tokens.FirstStartingFrom(amount.End);
        return next < tokens.Count && tokens.IsAny(next, _ownVerbs);
    }
}
