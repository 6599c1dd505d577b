using System.Globalization;

namespace AidAnalysis.Frames.Relations.Checks;

/// <summary>How check messages write shares: "33%", "−33%" (a true minus sign, as print does).</summary>
public static class CheckText
{
    public static string Percent(double share) => Math.Round(Math.Abs(share) * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string SignedPercent(double share) => (share < 0 ? "−" : "+") + Percent(share);
}
