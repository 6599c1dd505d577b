using System.Globalization;

namespace AidAnalysis.Lexicons;

/// <summary>Yearly average exchange rates (units per US dollar) from the bundled table.</summary>
public sealed class ExchangeRates
{
    private readonly IReadOnlyDictionary<(int Year, string Currency), double> _perUsd;

    public ExchangeRates(IReadOnlyDictionary<(int Year, string Currency), double> perUsd)
    {
        _perUsd = perUsd;
        FirstYear = perUsd.Keys.Min(k => k.Year);
        LatestYear = perUsd.Keys.Max(k => k.Year);
    }

    public int FirstYear { get; }

    public int LatestYear { get; }

    /// <summary>Converts to US dollars with the rate of the given year, clamped to the table's range.</summary>
    public (double Usd, int FxYear)? ToUsd(double value, string currency, int? year)
    {
        var fxYear = Math.Clamp(year ?? LatestYear, FirstYear, LatestYear);
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
                rates[(year, header[i])] = double.Parse(cells[i], CultureInfo.InvariantCulture);
        }
        return new ExchangeRates(rates);
    }
}
