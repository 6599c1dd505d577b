using System.Net;
using AidAnalysis.Rendering;
using Plotly.NET;

namespace AidAnalysis.Charts;

/// <summary>The same Plotly.NET chart as figure JSON, as a self-contained HTML page and as SVG.</summary>
public static class ChartExport
{
    /// <summary>Width in CSS pixels of a chart in the printed brief (the A4 text width).</summary>
    public const int PrintWidth = 760;

    public static string FigureJson(GenericChart chart) => GenericChart.toFigureJson(chart);

    /// <summary>A standalone page with plotly.js inlined: it works offline and needs no CDN.</summary>
    public static string ToHtml(GenericChart chart, string title)
    {
        var figure = FigureJson(chart).Replace("</", "<\\/", StringComparison.Ordinal);
        return $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{{WebUtility.HtmlEncode(title)}}</title>
            <script>{{PlotlyScript.Source}}</script></head>
            <body><div id="chart" style="width:100%;height:90vh"></div>
            <script>const figure = {{figure}}; Plotly.newPlot('chart', figure.data, figure.layout, {responsive: true, displaylogo: false});</script>
            </body></html>
            """;
    }

    public static Task<string> ToSvgAsync(ChromiumSession session, GenericChart chart, int width = PrintWidth, int height = 380) =>
        session.RenderSvgAsync(FigureJson(chart), width, height);
}
