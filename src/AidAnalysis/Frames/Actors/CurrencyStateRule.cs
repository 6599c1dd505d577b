using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames.Actors;

/// <summary>The state whose own currency a text counts in most, when the text also names it as a place: a paper writes its
/// own state's sums in its currency ("Sh2.5 billion", "10 million baht") and names it where things happen or where aid goes
/// ("in Thailand", "to Kenya"), so the ministers and agencies it ties to no state serve that state rather than a donor named
/// more often as the giver. A donor counting in its own currency is named as the giver, not as a place. Only a currency of
/// one state counts (currency-states.tsv: the dollar and the euro are many states').</summary>
internal sealed class CurrencyStateRule(Lexicon lexicon)
{
    private readonly StateSalience.LocativeTest _place = StateSalience.Locatives(
        lexicon.StatePrepositions.Location.Union(lexicon.StatePrepositions.Destination).ToHashSet(StringComparer.Ordinal), lexicon.ClauseOpeners);

    /// <summary>The state whose currency the most amounts (two at least) are written in, when no other state's currency counts as many and the text names it
    /// as a place at least once; else null.</summary>
    public string? Of(AnalysisDocument document)
    {
        var amounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var money in document.Money)
            if (lexicon.CurrencyStates.TryGetValue(money.Currency, out var states) && states.Count == 1)
                amounts[states[0]] = amounts.GetValueOrDefault(states[0]) + 1;
        if (amounts.Count == 0) return null;
        var most = amounts.Values.Max();
        // One figure in a state's currency (a damage estimate quoted from its government) is no sign the text counts in it.
        if (most < 2) return null;
        var leaders = amounts.Where(pair => pair.Value == most).Select(pair => pair.Key).Take(2).ToArray();
        if (leaders.Length != 1) return null;
        var state = leaders[0];
        return document.Entities.Any(e => e.Type is MentionType.Country or MentionType.Seat && e.Canonical == state
            && !document.MoneyOverlapping(e.Span).Any() && _place.Holds(document.Tokens, e.Span)) ? state : null;
    }
}
