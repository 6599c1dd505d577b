using AidAnalysis.Model;

namespace AidAnalysis.Totals;

/// <summary>
/// The funding rows that charts and totals count: the articles' new money (SCHEMA.md `counted`: pledged, allocated or
/// delivered, not a conversion, not part of another counted row) with a US-dollar value. Earlier and cumulative money and
/// requests are listed apart and never added to it.
/// </summary>
public static class AidFigures
{
    /// <summary>The chartable part of a figure (or of a corpus fact reconciled from several figures).</summary>
    public static ChartFigure ToChart(FundingFigure f) => new(f.Donor, f.Recipient ?? f.Channel, f.AidType, f.Status, f.Year, f.ValueUsd ?? 0);

    /// <summary>The chartable part of a fact reconciled from one or more reports.</summary>
    public static ChartFigure ToChart(FundingFact f) => new(f.Donor, f.Recipient, f.AidType, f.Status, f.Year, f.ValueUsd);

    /// <summary>The new money as charts add it: each figure once, also when several articles report it.</summary>
    public static IReadOnlyList<ChartFigure> ForCharts(IEnumerable<ArticleAnalysis> analyses) =>
        NewMoneyTotals.Facts(analyses).Where(f => f.Reports.Any(r => r.ValueUsd is not null))
            .Select(ToChart).ToArray();

    public static IReadOnlyList<ChartClaim> ClaimsForCharts(IEnumerable<ArticleAnalysis> analyses) =>
        analyses.SelectMany(a => a.Claims).Select(c => new ChartClaim(c.Speaker, c.Kind)).ToArray();

    public const string Undated = "undated";
    public const string UnknownDonor = "unknown donor";

    /// <summary>New money with a US-dollar value: what every total adds.</summary>
    public static IReadOnlyList<FundingFigure> Countable(IEnumerable<ArticleAnalysis> analyses) =>
        analyses.SelectMany(a => a.Funding).Where(f => f.Counted && f.ValueUsd is not null).ToArray();

    /// <summary>New money the FX table cannot convert (a currency it lacks): listed, not in the USD totals.</summary>
    public static IReadOnlyList<FundingFigure> CountedWithoutUsd(IEnumerable<ArticleAnalysis> analyses) =>
        analyses.SelectMany(a => a.Funding).Where(f => f.Counted && f.ValueUsd is null).ToArray();

    /// <summary>Earlier and cumulative money the articles mention as background, outermost rows only (a running total's
    /// earlier parts are inside it): shown apart, never added to new money.</summary>
    public static IReadOnlyList<FundingFigure> Earlier(IEnumerable<ArticleAnalysis> analyses) =>
        analyses.SelectMany(a => a.Funding.Where(f => f.Status == FundingStatus.Previous && f.ConvertedFromId is null && f.Value is not null
            && !a.Funding.Any(p => p.Id == f.PartOfId && p.Status == FundingStatus.Previous))).ToArray();

    /// <summary>Requests and appeals, outermost rows only (a request's lines are inside it): money asked for, not given.</summary>
    public static IReadOnlyList<FundingFigure> Requested(IEnumerable<ArticleAnalysis> analyses) =>
        analyses.SelectMany(a => a.Funding.Where(f => f.Status == FundingStatus.Requested && f.ConvertedFromId is null
            && !a.Funding.Any(p => p.Id == f.PartOfId && p.Status == FundingStatus.Requested))).ToArray();

    public static string YearLabel(ChartFigure figure) => figure.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Undated;
}

/// <summary>One amount as the charts count it: USD, who gave it to whom, its type, status and year.</summary>
public sealed record ChartFigure(string? Donor, string? Recipient, AidType AidType, FundingStatus Status, int? Year, double Usd);

/// <summary>One statement as the who-says-what chart counts it.</summary>
public sealed record ChartClaim(string Speaker, ClaimKind Kind);
