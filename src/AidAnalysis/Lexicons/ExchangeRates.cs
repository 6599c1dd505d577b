using System.Globalization;

namespace AidAnalysis.Lexicons;

/// <summary>Yearly average exchange rates (units per US dollar) from the bundled table; a currency may cover fewer years than
/// the table (an empty cell is a year its source does not give).</summary>
public sealed class ExchangeRates
{
    private readonly IReadOnlyDictionary<(int Year, string Currency), double> _perUsd;
    private readonly IReadOnlyDictionary<string, (int First, int Latest)> _years;

    public ExchangeRates(IReadOnlyDictionary<(int Year, string Currency), double> perUsd)
    {
        _perUsd = perUsd;
        _years = perUsd.Keys.GroupBy(k => k.Currency)
            .ToDictionary(g => g.Key, g => (g.Min(k => k.Year), g.Max(k => k.Year)), StringComparer.Ordinal);
        FirstYear = perUsd.Keys.Min(k => k.Year);
        LatestYear = perUsd.Keys.Max(k => k.Year);
    }

    public int FirstYear { get; }

    public int LatestYear { get; }

    /// <summary>Converts to US dollars with the rate of the given year, clamped to the years the table has for the currency;
    /// without a year, the currency's latest. <c>FxYear</c> says which year was used.</summary>
    public (double Usd, int FxYear)? ToUsd(double value, string currency, int? year)
    {
        if (!_years.TryGetValue(currency, out var range)) return null;
        var fxYear = Math.Clamp(year ?? range.Latest, range.First, range.Latest);
        return _perUsd.TryGetValue((fxYear, currency), out var rate) ? (value / rate, fxYear) : null;
    }

    public static ExchangeRates Load(LanguageData data)
    {
        using var reader = new StreamReader(data.Open("fx-rates.csv"));
        string[]? header = null;
        var rates = new Dictionary<(int, string), double>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split(',');
            if (header is null) { header = cells; continue; }
            var year = int.Parse(cells[0], CultureInfo.InvariantCulture);
            for (var i = 1; i < cells.Length; i++)
                if (cells[i].Length > 0) rates[(year, header[i])] = double.Parse(cells[i], CultureInfo.InvariantCulture);
        }
        return new ExchangeRates(rates);
    }
}
