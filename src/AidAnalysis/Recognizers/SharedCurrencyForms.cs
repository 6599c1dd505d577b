using AidAnalysis.Lexicons;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers;

/// <summary>Decides what a currency form several currencies share stands for in one text: "crowns" after "Swedish
/// crowns", "Rs" in a story that names Pakistan and no other rupee state, "Rs" beside "INR 750 million" in a story
/// that names Nepal and India, "kwacha" in a story about Malawi that names Zambia once. Amounts in such a form are first read with a
/// placeholder currency (<see cref="Placeholder"/>), then resolved here once every unambiguous amount is known.</summary>
internal sealed class SharedCurrencyForms
{
    private const string Marker = "?";
    private readonly IReadOnlyDictionary<string, CurrencyForm> _forms;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _statesOf;

    /// <summary>For each currency, its words that carry a country ("Indian rupees", "Swedish crowns").</summary>
    private readonly Dictionary<string, List<string>> _countryWords;

    public SharedCurrencyForms(IReadOnlyDictionary<string, CurrencyForm> forms, IReadOnlyDictionary<string, IReadOnlyList<string>> statesOf)
    {
        (_forms, _statesOf) = (forms, statesOf);
        _countryWords = forms.Values.Where(f => f.Kind == CurrencyFormKind.Word && f.Iso.Length > 0 && f.SharedBy.Count == 0 && f.Form.Contains(' '))
            .GroupBy(f => f.Iso, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(f => f.Form).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The currency an amount in <paramref name="form"/> is read with until the text is known.</summary>
    public static string Placeholder(CurrencyForm form) => Marker + form.Form;

    public static bool IsPlaceholder(string currency) => currency.StartsWith(Marker, StringComparison.Ordinal);

    /// <summary>The mentions with every placeholder replaced by the currency the text decides, or dropped where it
    /// decides none and the form has no default reading.</summary>
    /// <param name="named">The states the text names.</param>
    /// <param name="document">The text's document, whose entities say how often it names each state.</param>
    public List<MoneyMention> Resolve(List<MoneyMention> mentions, IReadOnlySet<string> named, AnalysisDocument document)
    {
        if (!mentions.Exists(m => IsPlaceholder(m.Currency))) return mentions;
        var namings = Namings(document);
        var marked = Marked(mentions);
        var written = mentions.Where(m => !IsPlaceholder(m.Currency)).Select(m => m.Currency).ToHashSet(StringComparer.Ordinal);
        var resolved = new List<MoneyMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (!IsPlaceholder(mention.Currency)) { resolved.Add(mention); continue; }
            var form = _forms[mention.Currency[Marker.Length..]];
            var currency = OfTheStoryState(form, namings)
                ?? OtherThanMarked(form, marked, namings)
                ?? Only(form.SharedBy.Where(written.Contains))
                ?? OfTheOneNamedState(form, named)
                ?? (form.Iso.Length > 0 ? form.Iso : null);
            if (currency is not null) resolved.Add(mention with { Currency = currency });
        }
        return resolved;
    }

    /// <summary>Where the text names the states of several currencies the form can stand for and writes one of them out
    /// by its code or with its country ("INR 750 million (about Rs 1.2 billion)", "Indian rupees"), the writer marks that
    /// one as the foreign currency and leaves the bare form for the other: the only other named one. Not where the marked
    /// currency's state is the one the story is about (<see cref="Dominant"/>): "Swedish crowns" then "crowns" in a story
    /// about Sweden that names Denmark once is the same currency written short. Else null.</summary>
    private string? OtherThanMarked(CurrencyForm form, IReadOnlySet<string> marked, IReadOnlyDictionary<string, int> namings)
    {
        var candidates = Candidates(form, namings);
        if (candidates.Count < 2 || !candidates.Exists(c => marked.Contains(c.Iso))) return null;
        if (Dominant(candidates) is { } story && marked.Contains(story)) return null;
        return Only(candidates.Select(c => c.Iso).Where(iso => !marked.Contains(iso)));
    }

    /// <summary>A form with no default reading ("kwacha", "Sh", "CFA francs") in a text that names the states of several of its
    /// currencies is the currency of the state the story is about (<see cref="Dominant"/>): a story about Malawi that
    /// names Zambia once writes Malawi's kwacha. Not for a form with a default reading ("pounds"): a donor's sterling is
    /// written so in a story about Sudan. Else null.</summary>
    private string? OfTheStoryState(CurrencyForm form, IReadOnlyDictionary<string, int> namings)
    {
        if (form.Iso.Length > 0) return null;
        var candidates = Candidates(form, namings);
        return candidates.Count >= 2 ? Dominant(candidates) : null;
    }

    /// <summary>The currencies the form can stand for whose states the text names, with how often it names them, most first.</summary>
    private List<(string Iso, int Namings)> Candidates(CurrencyForm form, IReadOnlyDictionary<string, int> namings) =>
        form.SharedBy.Select(iso => (Iso: iso, Namings: _statesOf.TryGetValue(iso, out var states) ? states.Sum(s => namings.GetValueOrDefault(s)) : 0))
            .Where(c => c.Namings > 0).OrderByDescending(c => c.Namings).ToList();

    /// <summary>The currency of the state the story is about: named at least twice as often as any other candidate's; else null.</summary>
    private static string? Dominant(List<(string Iso, int Namings)> candidates) =>
        candidates.Count > 0 && (candidates.Count == 1 || candidates[0].Namings >= DominantShare * candidates[1].Namings) ? candidates[0].Iso : null;

    private const int DominantShare = 2;

    /// <summary>How often the text names each state, by name, demonym or seat of government.</summary>
    private static Dictionary<string, int> Namings(AnalysisDocument document)
    {
        var namings = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in document.Entities)
            if (e.Type is MentionType.Country or MentionType.Demonym or MentionType.Seat)
                namings[e.Canonical] = namings.GetValueOrDefault(e.Canonical) + 1;
        return namings;
    }

    /// <summary>The currencies the mentions write by their code ("INR 750 million") or by a word that names the country
    /// ("one billion Indian rupees"); a sign ("£5 million") is the plain writing of a currency and marks none.</summary>
    private HashSet<string> Marked(List<MoneyMention> mentions)
    {
        var marked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
            if (!IsPlaceholder(m.Currency) && (m.Text.Contains(m.Currency, StringComparison.Ordinal)
                || _countryWords.TryGetValue(m.Currency, out var words) && words.Exists(w => m.Text.EndsWith(w, StringComparison.Ordinal))))
                marked.Add(m.Currency);
        return marked;
    }

    /// <summary>The one currency the form can stand for whose state the text names, or null where it names none or several.</summary>
    public string? OfTheOneNamedState(CurrencyForm form, IReadOnlySet<string> named)
    {
        // Loops rather than a query: asked for every letter form of every text, most of which name none of their states.
        string? only = null;
        for (var i = 0; i < form.SharedBy.Count; i++)
        {
            var iso = form.SharedBy[i];
            if (!_statesOf.TryGetValue(iso, out var states) || !AnyNamed(states, named)) continue;
            if (only is not null) return null;
            only = iso;
        }
        return only;
    }

    private static bool AnyNamed(IReadOnlyList<string> states, IReadOnlySet<string> named)
    {
        for (var i = 0; i < states.Count; i++)
            if (named.Contains(states[i])) return true;
        return false;
    }

    private static string? Only(IEnumerable<string> candidates)
    {
        string? only = null;
        foreach (var candidate in candidates)
        {
            if (only is not null) return null;
            only = candidate;
        }
        return only;
    }
}
