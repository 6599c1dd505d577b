using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers.Money;

/// <summary>"P12.4 billion" in a story about the Philippines, "N2.7 billion" in one about Nigeria: the local press writes
/// its currency as a bare letter, read so only where the article names that country.</summary>
internal sealed class LetterPrefixedAmounts
{
    private readonly AmountReading _reading;
    private readonly SharedCurrencyForms _shared;
    private readonly CurrencyForm[] _letterForms;
    private readonly OnDemandPattern _pattern;

    public LetterPrefixedAmounts(Lexicon lexicon, AmountReading reading, SharedCurrencyForms shared, string number)
    {
        (_reading, _shared) = (reading, shared);
        _letterForms = [.. lexicon.Currencies.Where(c => c.Kind == CurrencyFormKind.Letter)];
        // "K210 billion", "N85,000": a letter needs a scale word or a grouped number after it.
        var letters = TextPatterns.Alternation(_letterForms.Select(f => f.Form));
        _pattern = new OnDemandPattern($@"\b(?<cur>{letters})(?:(?<n1>{number})\s?(?<scale>[Tt]rillion|[Bb]illion|[Mm]illion|bn)\b|(?<n1>[0-9]{{1,3}}(?:,[0-9]{{3}})+))", "illion", "bn", ",");
    }

    public IEnumerable<MoneyMention> Find(string text, NamedStates states)
    {
        // Each letter reads as the one currency it lists whose state the text names; most articles name none of them and
        // their text is not scanned for these amounts at all.
        Dictionary<string, string>? currencyOf = null;
        foreach (var form in _letterForms)
            if (_shared.OfTheOneNamedState(form, states.States) is { } iso) (currencyOf ??= new(StringComparer.Ordinal))[form.Form] = iso;
        if (currencyOf is null) yield break;
        foreach (var m in _pattern.Matches(text))
        {
            if (!currencyOf.TryGetValue(m.Groups["cur"].Value, out var iso)) continue;
            var scale = m.Groups["scale"];
            var end = m.Index + m.Length;
            if (AmountReading.IsExchangeRateNote(text, m.Index, end)) continue;
            // A grouped number is whole only where no digit, separator or decimal point goes on ("K85,000.50" is not read).
            if (!scale.Success && end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is ',' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))) continue;
            var value = AmountReading.Scaled(_reading.ParseNumber(m.Groups["n1"].Value), _reading.Multiplier(scale.Success ? scale.Value : null));
            yield return new MoneyMention(new Span(m.Index, m.Index + m.Length), m.Value, value, null, iso, null);
        }
    }
}
