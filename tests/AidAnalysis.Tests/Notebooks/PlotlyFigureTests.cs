using AidAnalysis.Interactive;
using AidAnalysis.Loading;
using AidAnalysis.Rendering;
using AidAnalysis.Tests.Brief;

namespace AidAnalysis.Tests.Notebooks;

/// <summary>A chart cell's output draws by itself in a page that may fetch nothing, as in a notebook viewer.</summary>
[Collection("browser")]
public sealed class PlotlyFigureTests
{
    [BrowserFact]
    public async Task A_chart_output_draws_offline_even_where_the_page_has_an_amd_loader()
    {
        var analysis = TestSupport.Pipeline.Analyze(new ArticleLoader().Load(TestSupport.SampleArticle));
        var figure = NotebookCharts.AidOverTime([analysis]);
        await using var session = await ChromiumSession.StartAsync();
        var page = await session.NewIsolatedPageAsync();
        // Classic Jupyter pages carry require.js, whose define() would otherwise capture plotly.js.
        await page.SetContentAsync("<!DOCTYPE html><html><head><script>window.define = function () {}; window.define.amd = true;</script></head><body>"
            + figure.ToHtml() + "</body></html>");
        var drawn = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.aid-chart .main-svg').length");
        Assert.True(drawn > 0, "the chart did not draw");
        Assert.Equal("Aid over time", figure.Title);
    }
}
