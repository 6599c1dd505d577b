using System.Buffers;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers.Money;

/// <summary>A bare "$" is AUD, CAD or NZD in an article whose home is that state: the only local-dollar state it names
/// without writing its dollar out ("A$"), or, where it deals in more than one dollar, the one it names most. Otherwise,
/// and where the United States is named or a foreign wire is credited, USD.</summary>
internal sealed class HomeDollar
{
    /// <summary>News organisations that belong to no dollar state (Reuters, AFP, Xinhua, KUNA): a story they are credited for
    /// in its dateline writes the US dollar as "$" and marks any other ("C$", "A$").</summary>
    private readonly HashSet<string> _foreignWires;

    /// <summary>The signs that write a local dollar with its country ("A$", "CA$", "NZ$"), by that dollar's code.</summary>
    private readonly ILookup<string, string> _markedForms;

    /// <summary>The forms that write the US dollar with its country ("US$", "$US", "U.S. dollars"), from currencies.tsv.</summary>
    private readonly SearchValues<string> _markedUsDollars;

    public HomeDollar(Lexicon lexicon)
    {
        _foreignWires = lexicon.OrganizationByName.Values
            .Where(o => o.Type == "news" && (o.Affiliation is null || !MoneyRecognizer.DollarCountries.Any(d => d.Country == o.Affiliation)))
            .Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        _markedForms = lexicon.Currencies
            .Where(c => c.Kind == CurrencyFormKind.Symbol && c.Form.Length > 1 && c.Form.EndsWith('$') && MoneyRecognizer.IsLocalDollar(c.Iso))
            .ToLookup(c => c.Iso, c => c.Form);
        _markedUsDollars = SearchValues.Create([.. lexicon.Currencies
            .Where(c => c.Iso == "USD" && c.Kind is CurrencyFormKind.Symbol or CurrencyFormKind.Word && !AmountReading.IsBareDollar(c.Form))
            .Select(c => c.Form).Distinct()], StringComparison.Ordinal);
    }

    public string Of(AnalysisDocument document, NamedStates states)
    {
        var text = document.Text;
        // "OTTAWA, May 2 (Reuters) -": copy credited to a wire of no dollar state is written in US dollars (SCHEMA.md).
        if (CreditsForeignWire(document)) return "USD";
        if (states.UnitedStatesAsState) return "USD";
        // Loops rather than queries, the lists made only when they get a member: every text is asked, most name no dollar state.
        List<(string Country, string Currency)>? markedOnes = null, namedOnes = null;
        foreach (var d in MoneyRecognizer.DollarCountries)
            if (Marks(text, d.Currency)) (markedOnes ??= []).Add(d);
        // A dollar the text writes out with its country ("A$20 million") is not the one it writes bare.
        foreach (var d in MoneyRecognizer.DollarCountries)
            if (states.States.Contains(d.Country) && !(markedOnes?.Contains(d) ?? false)) (namedOnes ??= []).Add(d);
        if (namedOnes is not { } named) return "USD";
        var marked = markedOnes ?? [];
        var home = named[0];
        // "Canada and Australia together promised $18 million" is not written in either's dollar; a text that deals in more
        // than one dollar (names two dollar states, or writes one out) writes its own bare: the one it names most, often.
        if (named.Count > 1 || marked.Count > 0)
        {
            var mentions = MoneyRecognizer.DollarCountries.ToDictionary(d => d.Country, d => Mentions(document, d.Country));
            home = named.MaxBy(d => mentions[d.Country]);
            if (mentions[home.Country] < HomeMentions || mentions.Any(m => m.Key != home.Country && m.Value >= mentions[home.Country])) return "USD";
            // "GENEVA - UNHCR said Canada had given $10 million ... Australia contributed A$5 million": a story datelined in
            // another state than the one it names most is no home's; it writes the US dollar bare, as before b236a15.
            if (document.Dateline is { } dateline && (dateline.Wire.Length > 0 || dateline.Capitals.Length > 0) && dateline.State != home.Country) return "USD";
        }
        // A text that marks US dollars ("US$450 million") writes a bare "$" in the local dollar where it speaks from that
        // state (a release datelined in its capital, "OTTAWA —" in capitals as much as "Ottawa, May 2 -") or marks the other
        // dollars it names too ("A$", "US$": only its own is bare); a UN update naming Australia among donors writes every
        // dollar as the US one.
        if (text.AsSpan().IndexOfAny(_markedUsDollars) >= 0 && marked.Count == 0 && document.Dateline.State != home.Country
            && !document.Entities.Any(e => e.Span.Start < WireCreditReach && e.Type == MentionType.Seat && e.Canonical == home.Country))
            return "USD";
        return home.Currency;
    }

    /// <summary>How often a text names its home state at least, where it deals in more than one dollar.</summary>
    private const int HomeMentions = 3;

    /// <summary>Whether an organisation credited in parentheses near the top ("(Reuters)") is a wire of no dollar state.</summary>
    private bool CreditsForeignWire(AnalysisDocument document)
    {
        var entities = document.Entities;
        for (var i = 0; i < entities.Count; i++)
            if (entities[i] is var e && e.Span.Start < WireCreditReach && e.Type == MentionType.Organization && IsCredit(document.Text, e.Span) && _foreignWires.Contains(e.Canonical))
                return true;
        return false;
    }

    private static int Mentions(AnalysisDocument document, string state) =>
        document.Entities.Count(e => e.Canonical == state && e.Type is MentionType.Country or MentionType.Demonym or MentionType.Seat);

    /// <summary>Whether the text writes the dollar out with its country: "A$5 million", not the tail of "CA$5 million".</summary>
    private bool Marks(string text, string currency)
    {
        foreach (var form in _markedForms[currency])
            for (var i = text.IndexOf(form, StringComparison.Ordinal); i >= 0; i = text.IndexOf(form, i + 1, StringComparison.Ordinal))
                if (i == 0 || !char.IsLetter(text[i - 1])) return true;
        return false;
    }

    /// <summary>How far into the text a dateline's credit stands.</summary>
    private const int WireCreditReach = 400;

    /// <summary>A name in parentheses, as a dateline credits its agency: "(Reuters)", "(AFP)".</summary>
    private static bool IsCredit(string text, Span name) =>
        name.Start > 0 && name.End < text.Length && text[name.Start - 1] == '(' && text[name.End] == ')';
}
