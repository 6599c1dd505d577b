using AidAnalysis.Lexicons;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers;

/// <summary>Decides what a currency form several currencies share stands for in one text: "crowns" after "Swedish
/// crowns", "Rs" in a story that names Pakistan and no other rupee state. Amounts in such a form are first read with a
/// placeholder currency (<see cref="Placeholder"/>), then resolved here once every unambiguous amount is known.</summary>
internal sealed class SharedCurrencyForms
{
    private const string Marker = "?";
    private readonly IReadOnlyDictionary<string, CurrencyForm> _forms;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _statesOf;

    public SharedCurrencyForms(IReadOnlyDictionary<string, CurrencyForm> forms, IReadOnlyDictionary<string, IReadOnlyList<string>> statesOf) =>
        (_forms, _statesOf) = (forms, statesOf);

    /// <summary>The currency an amount in <paramref name="form"/> is read with until the text is known.</summary>
    public static string Placeholder(CurrencyForm form) => Marker + form.Form;

    public static bool IsPlaceholder(string currency) => currency.StartsWith(Marker, StringComparison.Ordinal);

    /// <summary>The mentions with every placeholder replaced by the currency the text decides, or dropped where it
    /// decides none and the form has no default reading.</summary>
    /// <param name="named">The states the text names.</param>
    public List<MoneyMention> Resolve(List<MoneyMention> mentions, IReadOnlySet<string> named)
    {
        if (!mentions.Exists(m => IsPlaceholder(m.Currency))) return mentions;
        var written = mentions.Where(m => !IsPlaceholder(m.Currency)).Select(m => m.Currency).ToHashSet(StringComparer.Ordinal);
        var resolved = new List<MoneyMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (!IsPlaceholder(mention.Currency)) { resolved.Add(mention); continue; }
            var form = _forms[mention.Currency[Marker.Length..]];
            var currency = Only(form.SharedBy.Where(written.Contains))
                ?? OfTheOneNamedState(form, named)
                ?? (form.Iso.Length > 0 ? form.Iso : null);
            if (currency is not null) resolved.Add(mention with { Currency = currency });
        }
        return resolved;
    }

    /// <summary>The one currency the form can stand for whose state the text names, or null where it names none or several.</summary>
    public string? OfTheOneNamedState(CurrencyForm form, IReadOnlySet<string> named) =>
        Only(form.SharedBy.Where(iso => _statesOf.TryGetValue(iso, out var states) && states.Any(named.Contains)));

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
