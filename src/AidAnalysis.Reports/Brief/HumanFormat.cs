using System.Globalization;

namespace AidAnalysis.Brief;

/// <summary>Amounts and dates as a reader expects them: "US$4.35 billion", "12 November 2024".</summary>
public static class HumanFormat
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Usd(double? value) => value is { } v ? "US$" + Scaled(v) : "—";

    public static string Amount(double? value, string currency) => value is { } v ? $"{currency} {Scaled(v)}" : "unquantified";

    public static string Scaled(double value)
    {
        var abs = Math.Abs(value);
        return abs switch
        {
            >= 1e12 => Trim(value / 1e12) + " trillion",
            >= 1e9 => Trim(value / 1e9) + " billion",
            >= 1e6 => Trim(value / 1e6) + " million",
            _ => value.ToString("N0", Culture),
        };
    }

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", Culture) ?? "date not given";

    private static string Trim(double value) => value.ToString(Math.Abs(value) >= 100 ? "0.#" : "0.##", Culture);
}
