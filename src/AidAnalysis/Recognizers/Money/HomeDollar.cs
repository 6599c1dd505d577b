using System.Buffers;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers.Money;

/// <summary>A bare "$" is AUD, CAD or NZD in an article that names that country, no other of them and not the United
/// States, and marks no local dollar explicitly, nor the US dollar unless its dateline is that state's capital; otherwise USD.</summary>
internal sealed class HomeDollar
{
    /// <summary>News organisations that belong to no dollar state (Reuters, AFP, Xinhua, KUNA): a story they are credited for
    /// in its dateline writes the US dollar as "$" and marks any other ("C$", "A$").</summary>
    private readonly HashSet<string> _foreignWires;

    public HomeDollar(Lexicon lexicon) =>
        _foreignWires = lexicon.OrganizationByName.Values
            .Where(o => o.Type == "news" && (o.Affiliation is null || !MoneyRecognizer.DollarCountries.Any(d => d.Country == o.Affiliation)))
            .Select(o => o.Name).ToHashSet(StringComparer.Ordinal);

    public string Of(AnalysisDocument document, NamedStates states)
    {
        var text = document.Text;
        // A text that marks its local dollar explicitly ("A$", "C$" in wire style) leaves a bare "$" for US dollars.
        if (text.AsSpan().IndexOfAny(MarkedLocalDollars) >= 0) return "USD";
        // "OTTAWA, May 2 (Reuters) -": copy credited to a wire of no dollar state is written in US dollars (SCHEMA.md).
        if (document.Entities.Any(e => e.Span.Start < WireCreditReach && e.Type == MentionType.Organization && IsCredit(text, e.Span) && _foreignWires.Contains(e.Canonical)))
            return "USD";
        if (states.UnitedStatesAsState) return "USD";
        // "Canada and Australia together promised $18 million": a text naming two dollar states is not written in either's
        // dollar; a bare "$" there is the US dollar, as in wire copy (SCHEMA.md).
        var named = MoneyRecognizer.DollarCountries.Where(d => states.States.Contains(d.Country)).ToList();
        if (named.Count != 1) return "USD";
        // A text that marks US dollars ("US$450 million") writes a bare "$" in the local dollar only where it speaks from
        // that state: a release datelined in its capital ("Canberra, ACT - the minister's office said"); a UN update
        // naming Australia among donors writes every dollar as the US one.
        if (text.AsSpan().IndexOfAny(MarkedUsDollars) >= 0
            && !document.Entities.Any(e => e.Span.Start < WireCreditReach && e.Type == MentionType.Seat && e.Canonical == named[0].Country))
            return "USD";
        return named[0].Currency;
    }

    /// <summary>How far into the text a dateline's credit stands.</summary>
    private const int WireCreditReach = 400;

    /// <summary>A name in parentheses, as a dateline credits its agency: "(Reuters)", "(AFP)".</summary>
    private static bool IsCredit(string text, Span name) =>
        name.Start > 0 && name.End < text.Length && text[name.Start - 1] == '(' && text[name.End] == ')';

    /// <summary>Dollars written with their country, all searched for in one pass.</summary>
    private static readonly SearchValues<string> MarkedLocalDollars = SearchValues.Create(["A$", "C$", "NZ$"], StringComparison.Ordinal);
    private static readonly SearchValues<string> MarkedUsDollars = SearchValues.Create(["US$", "U.S. dollar"], StringComparison.Ordinal);
}
