using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers.Money;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Pipeline stage that finds money amounts: currency signs and codes before or after the number,
/// currency words, scales, numbers in words, ranges, "82-million-euro" adjectives and vague amounts
/// ("billions of dollars"). Exchange-rate notes and weights in pounds are not money.
/// </summary>
public sealed class MoneyRecognizer : IPipelineStage
{
    /// <summary>A number with Indian digit grouping ("1,50,000"), with thousands separators, or plain.</summary>
    private const string Number = @"[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?";
    private readonly SharedCurrencyForms _shared;
    private readonly HomeDollar _homeDollar;
    private readonly CurrencyAmounts _currency;
    private readonly VagueAmounts _vague;
    private readonly BareScaleAmounts _bareScale;
    private readonly LetterPrefixedAmounts _letterPrefixed;
    private readonly AmountScan _scan;

    public MoneyRecognizer(Lexicon lexicon)
    {
        var reading = new AmountReading(lexicon);
        _shared = new SharedCurrencyForms(reading.Forms, lexicon.CurrencyStates);
        _homeDollar = new HomeDollar(lexicon);
        _currency = new CurrencyAmounts(lexicon, reading, Number);
        _vague = new VagueAmounts(reading);
        _bareScale = new BareScaleAmounts(reading, Number);
        _letterPrefixed = new LetterPrefixedAmounts(lexicon, reading, _shared, Number);
        _scan = new AmountScan(_currency, _vague, _bareScale);
    }

    public AnalysisDocument Run(AnalysisDocument document)
    {
        var text = document.Text;
        var states = NamedStates.Of(document);
        var dollar = _homeDollar.Of(document, states);
        // The pipeline scans the text before the entities are known (the amount-scan stage); a document without that layer is scanned here.
        var scanned = document.AmountMatches ?? _scan.Scan(text);
        // Each pattern's matches are read apart from the others', so on a long text, where the stages around this one leave
        // a core waiting, the most numerous ones are read side by side.
        List<MoneyMention> prefixed = [], suffixed = [], others = [];
        SideBySide.Run(text.Length,
            () => prefixed = _currency.Prefixed(text, scanned.Prefixed, dollar),
            () =>
            {
                suffixed = _currency.Suffixed(text, scanned.Suffixed, dollar);
                others = _currency.Adjective(text, scanned.Adjective, dollar);
                others.AddRange(_vague.Read(text, scanned.Vague, dollar));
                others.AddRange(_letterPrefixed.Find(text, states));
            });
        // Sized for every match up front: a long text holds hundreds of thousands, each growth a copy.
        var candidates = new List<MoneyMention>(prefixed.Count + suffixed.Count + others.Count);
        candidates.AddRange(prefixed);
        candidates.AddRange(suffixed);
        candidates.AddRange(others);

        var accepted = LongestAmounts.Accept(_shared.Resolve(candidates, states.States, document));
        var dominant = BareScaleAmounts.DominantCurrency(accepted);
        // Accepted amounts do not overlap and are in text order: only added bare amounts can change the choice.
        if (dominant is not null && _bareScale.Read(text, scanned.BareScale, dominant).ToList() is { Count: > 0 } bare)
        {
            accepted.AddRange(bare);
            accepted = LongestAmounts.Accept(accepted);
        }
        accepted = AdjacentAmounts.MergeBetween(text, accepted);
        return document with { Money = AdjacentAmounts.LinkConversions(text, accepted) };
    }

    /// <summary>The stage that finds where the amount patterns match (<see cref="Layer.AmountMatches"/>), from the text alone.</summary>
    public IPipelineStage Scanner => _scan;

    /// <summary>True for a dollar written without its country ("$10 million", "85 million dollars"), whose currency
    /// is read from the article rather than the text of the amount.</summary>
    public static bool IsBareDollar(string amountText) =>
        (amountText.StartsWith('$') || amountText.Contains("dollar", StringComparison.OrdinalIgnoreCase))
        && !amountText.Contains("U.S.", StringComparison.Ordinal) && !amountText.Contains("US", StringComparison.Ordinal);

    /// <summary>The local dollar a bare "$" can stand for (AUD, CAD, NZD).</summary>
    public static bool IsLocalDollar(string currency) => DollarCountries.Any(d => d.Currency == currency);

    /// <summary>The dollar of a state that has its own: the United States, Australia, Canada, New Zealand.</summary>
    public static string? DollarOf(string state) =>
        state == "United States" ? "USD" : DollarCountries.Where(d => d.Country == state).Select(d => d.Currency).FirstOrDefault();

    /// <summary>The states that have a dollar of their own besides the United States, and its code.</summary>
    internal static readonly (string Country, string Currency)[] DollarCountries =
        [("Australia", "AUD"), ("Canada", "CAD"), ("New Zealand", "NZD")];
}
