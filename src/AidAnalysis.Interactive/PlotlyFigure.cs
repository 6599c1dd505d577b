using System.Net;

namespace AidAnalysis.Interactive;

/// <summary>
/// A chart as plotly figure JSON. In a notebook it shows as HTML carrying plotly.js itself, so it draws
/// offline, with no CDN, wherever the output is opened (VS Code, Jupyter, an exported page).
/// </summary>
public sealed record PlotlyFigure(string Title, string FigureJson)
{
    private static readonly Lazy<string> Script = new(() => (string)ChartContext.Call(nameof(ChartBridge.PlotlyScriptSource))!);

    /// <summary>plotly.js, minified (the copy embedded in Plotly.NET).</summary>
    public static string PlotlyScript => Script.Value;

    /// <summary>A script tag defining window.Plotly even where a page has an AMD loader (classic Jupyter's require.js).</summary>
    public static string ScriptTag() =>
        "<script>(function(){var define, module, exports;\n" + PlotlyScript.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase) + "\n})();</script>";

    /// <summary>The chart's div and the call that draws it; the page must already have plotly.js.</summary>
    public string PlotDiv(int height = 420)
    {
        var id = "aid-chart-" + Guid.NewGuid().ToString("N");
        var figure = FigureJson.Replace("</", "<\\/", StringComparison.Ordinal);
        return $$"""
            <div id="{{id}}" class="aid-chart" title="{{WebUtility.HtmlEncode(Title)}}" style="width:100%;height:{{height}}px"></div>
            <script>(function(){var figure = {{figure}}; Plotly.newPlot('{{id}}', figure.data, figure.layout, {responsive: true, displaylogo: false});})();</script>
            """;
    }

    /// <summary>The notebook output: plotly.js and the chart, self-contained.</summary>
    public string ToHtml() => ScriptTag() + "\n" + PlotDiv();
}
