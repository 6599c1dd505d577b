using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace AidAnalysis.Rendering;

/// <summary>
/// One headless Chromium reused for a batch of renders (charts to SVG, briefs to PDF). Pages load
/// only the HTML they are given: every network request and file URL is blocked.
/// </summary>
public sealed class ChromiumSession : IAsyncDisposable
{
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions", "--mute-audio",
    ];

    private readonly IBrowser _browser;
    private readonly string _profile;
    private IPage? _chartPage;
    private IPage? _printPage;

    private ChromiumSession(IBrowser browser, string profile)
    {
        _browser = browser;
        _profile = profile;
    }

    public static async Task<ChromiumSession> StartAsync(string? browserPath = null)
    {
        var executable = BrowserLocator.Locate(browserPath);
        var profile = Directory.CreateTempSubdirectory("aid-chromium-").FullName;
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Flags,
            UserDataDir = profile,
            Timeout = 60_000,
        });
        return new ChromiumSession(browser, profile);
    }

    /// <summary>A page that refuses every request except inline data.</summary>
    public async Task<IPage> NewIsolatedPageAsync()
    {
        var page = await _browser.NewPageAsync();
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            var url = e.Request.Url;
            if (url.StartsWith("data:", StringComparison.Ordinal) || url == "about:blank") await e.Request.ContinueAsync();
            else await e.Request.AbortAsync();
        };
        return page;
    }

    /// <summary>Prints a self-contained HTML document to PDF; page size and margins come from its CSS @page rules.</summary>
    public async Task<byte[]> PrintPdfAsync(string html, PaperFormat paper)
    {
        // One page is reused for every brief of the session: opening a page costs more than printing one.
        var page = _printPage ??= await NewIsolatedPageAsync();
        await page.SetContentAsync(html, new SetContentOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 60_000 });
        return await page.PdfDataAsync(new PdfOptions
        {
            Format = paper,
            PreferCSSPageSize = true,
            PrintBackground = true,
            Tagged = true,
            Outline = true,
        });
    }

    /// <summary>Renders a Plotly figure (JSON) to SVG with plotly.js, loaded once per session.</summary>
    public async Task<string> RenderSvgAsync(string figureJson, int width, int height) =>
        (await RenderSvgsAsync([(figureJson, width, height)]))[0];

    /// <summary>Renders several figures in one round trip to the browser.</summary>
    public async Task<string[]> RenderSvgsAsync(IReadOnlyList<(string FigureJson, int Width, int Height)> figures)
    {
        if (figures.Count == 0) return [];
        _chartPage ??= await CreateChartPageAsync();
        return await _chartPage.EvaluateFunctionAsync<string[]>(
            @"async (figures) => {
                const svgs = [];
                for (const f of figures) {
                    const figure = JSON.parse(f.json);
                    const url = await Plotly.toImage({ data: figure.data, layout: figure.layout }, { format: 'svg', width: f.width, height: f.height });
                    svgs.push(decodeURIComponent(url.substring(url.indexOf(',') + 1)));
                }
                return svgs;
            }", (object)figures.Select(f => new { json = f.FigureJson, width = f.Width, height = f.Height }).ToArray());
    }

    private async Task<IPage> CreateChartPageAsync()
    {
        var page = await NewIsolatedPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>");
        await page.AddScriptTagAsync(new AddTagOptions { Content = PlotlyScript.Source });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (_chartPage is not null) await _chartPage.DisposeAsync();
        if (_printPage is not null) await _printPage.DisposeAsync();
        await _browser.CloseAsync();
        await _browser.DisposeAsync();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
