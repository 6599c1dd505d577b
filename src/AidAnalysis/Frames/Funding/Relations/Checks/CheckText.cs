using System.Globalization;
using System.Text.Json;
using AidAnalysis.Model;

namespace AidAnalysis.Frames.Relations.Checks;

/// <summary>How check messages write shares: "33%", "−33%" (a true minus sign, as print does).</summary>
public static class CheckText
{
    /// <summary>The kind as the JSON and tables write it: "parts_exceed_total".</summary>
    public static string Name(CheckKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    public static string Percent(double share) => Math.Round(Math.Abs(share) * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string SignedPercent(double share) => (share < 0 ? "−" : "+") + Percent(share);
}
