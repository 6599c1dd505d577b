using AidAnalysis.Model;

namespace AidAnalysis.Charts;

/// <summary>
/// The funding rows that charts and totals count: one per real figure (a converted pair such as
/// "NOK 2.8 billion (EUR 235 million)" counts once) with a US-dollar value.
/// </summary>
public static class AidFigures
{
    /// <summary>The chartable part of a figure (or of a corpus fact reconciled from several figures).</summary>
    public static ChartFigure ToChart(FundingFigure f) => new(f.Donor, f.Recipient ?? f.Channel, f.AidType, f.Status, f.Year, f.ValueUsd ?? 0);

    public static IReadOnlyList<ChartFigure> ForCharts(IEnumerable<ArticleAnalysis> analyses) => Countable(analyses).Select(ToChart).ToArray();

    public static IReadOnlyList<ChartClaim> ClaimsForCharts(IEnumerable<ArticleAnalysis> analyses) =>
        analyses.SelectMany(a => a.Claims).Select(c => new ChartClaim(c.Speaker, c.Kind)).ToArray();

    public const string Undated = "undated";
    public const string UnknownDonor = "unknown donor";

    public static IReadOnlyList<FundingFigure> Countable(IEnumerable<ArticleAnalysis> analyses) =>
        analyses.SelectMany(a => a.Funding).Where(f => f.ConvertedFromId is null && f.ValueUsd is not null && !f.IsTotal).ToArray();

    public static string YearLabel(ChartFigure figure) => figure.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Undated;

}

/// <summary>One amount as the charts count it: USD, who gave it to whom, its type, status and year.</summary>
public sealed record ChartFigure(string? Donor, string? Recipient, AidType AidType, FundingStatus Status, int? Year, double Usd);

/// <summary>One statement as the who-says-what chart counts it.</summary>
public sealed record ChartClaim(string Speaker, ClaimKind Kind);
