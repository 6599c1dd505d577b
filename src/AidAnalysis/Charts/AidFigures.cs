using AidAnalysis.Model;

namespace AidAnalysis.Charts;

/// <summary>
/// The funding rows that charts and totals count: one per real figure (a converted pair such as
/// "NOK 2.8 billion (EUR 235 million)" counts once) with a US-dollar value.
/// </summary>
public static class AidFigures
{
    public const string Undated = "undated";
    public const string UnknownDonor = "unknown donor";

    public static IReadOnlyList<FundingFigure> Countable(IEnumerable<ArticleAnalysis> analyses) =>
        analyses.SelectMany(a => a.Funding).Where(f => f.ConvertedFromId is null && f.ValueUsd is not null && !f.IsTotal).ToArray();

    public static string YearLabel(FundingFigure figure) => figure.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Undated;

    public static string Label<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
