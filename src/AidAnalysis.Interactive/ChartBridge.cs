using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AidAnalysis.Charts;
using AidAnalysis.Model;
using AidAnalysis.Rendering;
using AidAnalysis.Totals;

namespace AidAnalysis.Interactive;

/// <summary>
/// Runs inside <see cref="ChartContext"/>: takes analyses or chart figures as JSON, returns plotly figure
/// JSON (briefs go through <see cref="BriefWriter"/>). Nothing but strings and tasks goes in or out.
/// </summary>
public static class ChartBridge
{
    /// <summary>Reflection-based on purpose: file-based apps turn the default resolver off.</summary>
    public static JsonSerializerOptions Json { get; } = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    public static string FigureOfAnalyses(string chart, string analysesJson)
    {
        var analyses = JsonSerializer.Deserialize<ArticleAnalysis[]>(analysesJson, Json)!;
        return ChartExport.FigureJson(chart switch
        {
            nameof(AidCharts.AidOverTime) => AidCharts.AidOverTime(analyses),
            nameof(AidCharts.AidByType) => AidCharts.AidByType(analyses),
            nameof(AidCharts.AidByDonor) => AidCharts.AidByDonor(analyses),
            nameof(AidCharts.DonorToRecipient) => AidCharts.DonorToRecipient(analyses),
            nameof(AidCharts.ClaimsBySpeaker) => AidCharts.ClaimsBySpeaker(analyses),
            _ => throw new ArgumentException($"unknown chart '{chart}'", nameof(chart)),
        });
    }

    public static string FigureOfFigures(string chart, string figuresJson)
    {
        var figures = JsonSerializer.Deserialize<ChartFigure[]>(figuresJson, Json)!;
        return ChartExport.FigureJson(chart switch
        {
            nameof(AidCharts.AidOverTime) => AidCharts.AidOverTime(figures),
            nameof(AidCharts.AidByType) => AidCharts.AidByType(figures),
            nameof(AidCharts.AidByDonor) => AidCharts.AidByDonor(figures),
            nameof(AidCharts.DonorToRecipient) => AidCharts.DonorToRecipient(figures),
            _ => throw new ArgumentException($"unknown chart '{chart}'", nameof(chart)),
        });
    }

    public static string PlotlyScriptSource() => PlotlyScript.Source;
}
