using System.Text.Json;
using AidAnalysis.Charts;
using AidAnalysis.Model;
using AidAnalysis.Totals;

namespace AidAnalysis.Interactive;

/// <summary>
/// The product's charts (<see cref="AidCharts"/>) for notebooks and scripts, as plotly figures. They are
/// built in <see cref="ChartContext"/>, so they work in a kernel whose FSharp.Core is older than the one
/// Plotly.NET needs; call these rather than AidCharts in notebook cells.
/// </summary>
public static class NotebookCharts
{
    public static PlotlyFigure AidOverTime(IEnumerable<ArticleAnalysis> analyses) => OfAnalyses(nameof(AidCharts.AidOverTime), "Aid over time", analyses);

    public static PlotlyFigure AidOverTime(IReadOnlyList<ChartFigure> figures) => OfFigures(nameof(AidCharts.AidOverTime), "Aid over time", figures);

    public static PlotlyFigure AidByType(IEnumerable<ArticleAnalysis> analyses) => OfAnalyses(nameof(AidCharts.AidByType), "Aid by type", analyses);

    public static PlotlyFigure AidByType(IReadOnlyList<ChartFigure> figures) => OfFigures(nameof(AidCharts.AidByType), "Aid by type", figures);

    public static PlotlyFigure AidByDonor(IEnumerable<ArticleAnalysis> analyses) => OfAnalyses(nameof(AidCharts.AidByDonor), "Aid by donor", analyses);

    public static PlotlyFigure AidByDonor(IReadOnlyList<ChartFigure> figures) => OfFigures(nameof(AidCharts.AidByDonor), "Aid by donor", figures);

    public static PlotlyFigure DonorToRecipient(IEnumerable<ArticleAnalysis> analyses) => OfAnalyses(nameof(AidCharts.DonorToRecipient), "Donor to recipient", analyses);

    public static PlotlyFigure DonorToRecipient(IReadOnlyList<ChartFigure> figures) => OfFigures(nameof(AidCharts.DonorToRecipient), "Donor to recipient", figures);

    public static PlotlyFigure ClaimsBySpeaker(IEnumerable<ArticleAnalysis> analyses) => OfAnalyses(nameof(AidCharts.ClaimsBySpeaker), "Who says what", analyses);

    private static PlotlyFigure OfAnalyses(string chart, string title, IEnumerable<ArticleAnalysis> analyses) =>
        new(title, (string)ChartContext.Call(nameof(ChartBridge.FigureOfAnalyses), chart, JsonSerializer.Serialize(analyses.ToArray(), ChartBridge.Json))!);

    private static PlotlyFigure OfFigures(string chart, string title, IReadOnlyList<ChartFigure> figures) =>
        new(title, (string)ChartContext.Call(nameof(ChartBridge.FigureOfFigures), chart, JsonSerializer.Serialize(figures.ToArray(), ChartBridge.Json))!);
}
