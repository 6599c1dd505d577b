using System.Globalization;
using AidAnalysis.Lexicons;

namespace AidAnalysis.Recognizers.Money;

/// <summary>What the parts of an amount read as, whichever rule found it: the currency of a form, the value of a number
/// and of a scale word; and the checks every amount passes (not glued to a word, no exchange-rate note, no weight).</summary>
internal sealed class AmountReading
{
    /// <summary>Numbers written as words and their values (number-words.tsv).</summary>
    private readonly IReadOnlyDictionary<string, double> _numberWords;
    /// <summary>Each scale word's factor, whatever the case of its first letter.</summary>
    private readonly Dictionary<string, double> _scaleFactors;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _scaleLookup;

    public AmountReading(Lexicon lexicon)
    {
        Forms = lexicon.Currencies.GroupBy(c => c.Form).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _scaleFactors = lexicon.ScaleWords.DistinctBy(s => s.Form, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(s => s.Form, s => s.Factor, StringComparer.OrdinalIgnoreCase);
        _numberWords = lexicon.NumberWords;
        _scaleLookup = _scaleFactors.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Each currency form of the lexicon, the first entry where a form is listed twice.</summary>
    public Dictionary<string, CurrencyForm> Forms { get; }

    public string Currency(string form, string dollar)
    {
        if (form.Length == 0) return dollar;
        var entry = Forms.TryGetValue(form, out var f) ? f : Forms.GetValueOrDefault(form + "s");
        if (entry is { SharedBy.Count: > 0 }) return SharedCurrencyForms.Placeholder(entry);
        var iso = entry?.Iso ?? form.ToUpperInvariant();
        // A bare "$" or "dollars" follows the article's country where that is not the United States.
        return iso == "USD" && IsBareDollar(form) ? dollar : iso;
    }

    /// <summary>The US-dollar forms that name no country ("$", "dollars"): a local-dollar text writes its own dollar so.</summary>
    public static bool IsBareDollar(string form) => form is "$" or "dollars" or "dollar";

    public double Multiplier(string? scale)
    {
        if (scale is null) return 1;
        // A two-word scale ("lakh crore") may break across a line.
        var spaced = scale.Any(char.IsWhiteSpace) ? string.Join(' ', scale.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : scale;
        return _scaleFactors.TryGetValue(spaced, out var factor) ? factor : 1;
    }

    /// <summary><see cref="Multiplier(string?)"/> of a scale read in place; one with whitespace ("lakh crore") is cut out.</summary>
    public double Multiplier(ReadOnlySpan<char> scale) =>
        scale.ContainsAny(TextPatterns.Whitespace) ? Multiplier(scale.ToString())
        : _scaleLookup.TryGetValue(scale, out var factor) ? factor : 1;

    /// <summary>A number times its scale, in decimal where it fits: in binary floating point 4.1 × 10⁹ is
    /// 4,099,999,999.9999995, which tables and sums would show.</summary>
    public static double Scaled(double number, double multiplier) =>
        multiplier == 1 || !(Math.Abs(number * multiplier) < 1e27) ? number * multiplier
        : (double)((decimal)number * (decimal)multiplier);

    /// <summary><see cref="ParseNumber"/> of digits with thousands separators and a decimal point, or with a decimal comma
    /// ("2,5": the last comma followed by one or two digits that end the number), read in place.</summary>
    public static double ParseDigits(ReadOnlySpan<char> number)
    {
        if (number.Length > 64) return double.Parse(number.ToString().Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
        var decimalComma = DecimalComma(number);
        Span<char> plain = stackalloc char[number.Length];
        var length = 0;
        for (var i = 0; i < number.Length; i++)
            if (i == decimalComma) plain[length++] = '.';
            else if (number[i] != ',') plain[length++] = number[i];
        return double.Parse(plain[..length], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public double ParseNumber(string number) =>
        _numberWords.TryGetValue(number, out var word) ? word : ParseDigits(number);

    /// <summary>Where a decimal comma stands: a number's last comma, with no point, followed by one or two digits that end it
    /// (a thousands comma is followed by three, an Indian group's by two and then more groups); else -1. The amount patterns
    /// admit such a number only before a scale word.</summary>
    private static int DecimalComma(ReadOnlySpan<char> number)
    {
        var comma = number.LastIndexOf(',');
        return comma >= 0 && number.Length - comma - 1 is 1 or 2 && !number.Contains('.') ? comma : -1;
    }

    /// <summary>Not glued to a word, unless it opens with a sign; a number does not continue a word or a decimal.</summary>
    public static bool IsAmountStart(string text, int start, int end) =>
        (TextPatterns.IsWholeWord(text, start, end) || char.IsSymbol(text[start]) || char.IsPunctuation(text[start]))
        && !(start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '.') && char.IsDigit(text[start]));

    public static bool IsExchangeRateNote(string text, int start, int end)
    {
        var after = text.AsSpan(end..Math.Min(text.Length, end + 3)).TrimStart();
        var before = text.AsSpan(Math.Max(0, start - 3)..start).TrimEnd();
        return after.StartsWith('=') || before.EndsWith('=');
    }

    public static bool IsWeight(string text, string currencyForm, int end) =>
        currencyForm.StartsWith("pound", StringComparison.Ordinal)
        && text.AsSpan(end).TrimStart().StartsWith("of ", StringComparison.Ordinal);
}
