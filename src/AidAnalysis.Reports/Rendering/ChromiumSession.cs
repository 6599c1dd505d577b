using System.Net;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace AidAnalysis.Rendering;

/// <summary>
/// One headless Chromium reused for a batch of renders (charts to SVG, briefs to PDF). The browser has
/// no network (see <see cref="ChromiumFlags"/>), dies with this process and keeps its profile in a
/// <see cref="ProfileFolder"/>. Pages load only the HTML they are given (the chart page also plotly.js,
/// from a file in the profile): other requests than inline data are refused and navigations are dropped. The page that prints runs no script and is served
/// with a content security policy that lets it fetch nothing (which also stops link prefetches,
/// which request interception does not see).
/// </summary>
public sealed class ChromiumSession : IAsyncDisposable
{
    private static readonly TimeSpan LaunchTimeout = TimeSpan.FromSeconds(60);
    /// <summary>The address the brief is served at; the request never leaves the browser (it is answered by interception).</summary>
    private const string BriefAddress = "https://brief.invalid/";
    private const string PrintPolicy =
        "default-src 'none'; style-src 'unsafe-inline' data:; img-src data:; font-src data:; media-src data:; base-uri 'none'; form-action 'none'";

    private readonly IBrowser _browser;
    private readonly ChromiumProcess _process;
    private readonly ProfileFolder _profile;
    /// <summary>Each page is opened once per session, on first use or by <see cref="PreparePages"/>, and reused.</summary>
    private readonly Lazy<Task<IPage>> _chartPage;
    private readonly Lazy<Task<IPage>> _printPage;
    private string? _nextBrief;
    /// <summary>1 once a page took over the tab the browser opened at start.</summary>
    private int _startTabTaken;

    private ChromiumSession(IBrowser browser, ChromiumProcess process, ProfileFolder profile)
    {
        _browser = browser;
        _process = process;
        _profile = profile;
        _chartPage = new(CreateChartPageAsync);
        _printPage = new(CreatePrintPageAsync);
    }

    public static async Task<ChromiumSession> StartAsync(string? browserPath = null)
    {
        var executable = BrowserLocator.Locate(browserPath);
        var profile = ProfileFolder.Create();
        ChromiumProcess? process = null;
        try
        {
            ChromiumFlags.WritePreferences(profile.Path);
            (process, var endpoint) = await ChromiumProcess.StartAsync(executable, ChromiumFlags.For(profile.Path), profile.TempFolder, LaunchTimeout);
            var browser = await Puppeteer.ConnectAsync(new ConnectOptions { BrowserWSEndpoint = endpoint });
            return new ChromiumSession(browser, process, profile);
        }
        catch
        {
            // A failed launch leaves neither a browser nor its profile behind.
            process?.Dispose();
            profile.Dispose();
            throw;
        }
    }

    /// <summary>Starts opening the chart page (which loads plotly.js, the slowest step) and the print page in the
    /// background, so they are ready when the first brief's charts and text are.</summary>
    public void PreparePages()
    {
        _ = _chartPage.Value;
        _ = _printPage.Value;
    }

    /// <summary>A page that refuses every request except inline data, and stays on its document: a navigation
    /// (meta refresh, link, script) is answered "204 No Content", which leaves the current page in place.</summary>
    public async Task<IPage> NewIsolatedPageAsync()
    {
        var page = await OpenPageAsync();
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) => await RefuseAsync(e.Request);
        return page;
    }

    /// <summary>The first page opened takes over the blank tab the browser started with (each new tab costs a
    /// renderer process); later ones open new tabs.</summary>
    private async Task<IPage> OpenPageAsync()
    {
        if (Interlocked.Exchange(ref _startTabTaken, 1) == 0
            && (await _browser.PagesAsync()).FirstOrDefault(p => p.Url == "about:blank") is { } startTab)
            return startTab;
        return await _browser.NewPageAsync();
    }

    private static async Task RefuseAsync(IRequest request)
    {
        if (request.IsNavigationRequest) await request.RespondAsync(new ResponseData { Status = HttpStatusCode.NoContent });
        else if (request.Url.StartsWith("data:", StringComparison.Ordinal)) await request.ContinueAsync();
        else await request.AbortAsync();
    }

    /// <summary>Prints a self-contained HTML document to PDF; page size and margins come from its CSS @page rules.</summary>
    public async Task<byte[]> PrintPdfAsync(string html, PaperFormat paper)
    {
        // One page is reused for every brief of the session: opening a page costs more than printing one.
        var page = await _printPage.Value;
        _nextBrief = html;
        await page.GoToAsync(BriefAddress, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 60_000 });
        EnsureStillOnDocument(page);
        var pdf = await page.PdfDataAsync(new PdfOptions
        {
            Format = paper,
            PreferCSSPageSize = true,
            PrintBackground = true,
            Tagged = true,
            Outline = true,
        });
        EnsureStillOnDocument(page);
        return pdf;
    }

    /// <summary>The brief is data, never a program: its page runs no script (charts arrive as finished SVG).</summary>
    private async Task<IPage> CreatePrintPageAsync()
    {
        var page = await OpenPageAsync();
        await page.SetJavaScriptEnabledAsync(false);
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) => await ServePrintRequestAsync(e.Request);
        return page;
    }

    /// <summary>Answers the one navigation to the brief with its HTML (once: a reload or refresh gets nothing); refuses the rest.</summary>
    private async Task ServePrintRequestAsync(IRequest request)
    {
        var isBrief = request.IsNavigationRequest && request.Url == BriefAddress && request.Frame?.ParentFrame is null;
        if (isBrief && Interlocked.Exchange(ref _nextBrief, null) is { } html)
        {
            await request.RespondAsync(new ResponseData
            {
                Status = HttpStatusCode.OK,
                ContentType = "text/html; charset=utf-8",
                Body = html,
                Headers = new Dictionary<string, object> { ["Content-Security-Policy"] = PrintPolicy },
            });
        }
        else await RefuseAsync(request);
    }

    /// <summary>A page that left its document would print a browser error page: refuse rather than write that.</summary>
    private static void EnsureStillOnDocument(IPage page)
    {
        if (page.Url != BriefAddress) throw new RenderException($"the brief page navigated away (to {page.Url}), so no PDF was written");
    }

    /// <summary>Renders a Plotly figure (JSON) to SVG with plotly.js, loaded once per session.</summary>
    public async Task<string> RenderSvgAsync(string figureJson, int width, int height) =>
        (await RenderSvgsAsync([(figureJson, width, height)]))[0];

    /// <summary>Renders several figures in one round trip to the browser.</summary>
    public async Task<string[]> RenderSvgsAsync(IReadOnlyList<(string FigureJson, int Width, int Height)> figures)
    {
        if (figures.Count == 0) return [];
        var chartPage = await _chartPage.Value;
        return await chartPage.EvaluateFunctionAsync<string[]>(
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

    /// <summary>The chart page is a file in the profile that loads plotly.js from the file beside it: the browser reads
    /// the 3.5 MB script from disk instead of receiving it over the debugging connection as a string to evaluate,
    /// which took longer than the rest of the brief. The page may load those two files and nothing else.</summary>
    private async Task<IPage> CreateChartPageAsync()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_profile.Path, "charts")).FullName;
        var script = Path.Combine(folder, PlotlyScript.FileName);
        PlotlyScript.WriteTo(script);
        var document = Path.Combine(folder, "charts.html");
        await File.WriteAllTextAsync(document,
            $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script src=\"{PlotlyScript.FileName}\"></script></head><body></body></html>");
        var documentUrl = new Uri(document).AbsoluteUri;
        var scriptUrl = new Uri(script).AbsoluteUri;
        var documentOpened = 0;
        var page = await OpenPageAsync();
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            // The document once (a reload or a navigation gets nothing), its script, and inline data.
            var url = e.Request.Url;
            var isDocument = url == documentUrl && e.Request.IsNavigationRequest && Interlocked.Exchange(ref documentOpened, 1) == 0;
            if (isDocument || (url == scriptUrl && !e.Request.IsNavigationRequest)) await e.Request.ContinueAsync();
            else await RefuseAsync(e.Request);
        };
        await page.GoToAsync(documentUrl, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 60_000 });
        return page;
    }

    /// <summary>Ends the browser at once: its throw-away profile holds nothing worth a graceful close (pages closed
    /// one by one, the profile flushed, then the exit awaited), which only lengthened every run.</summary>
    public async ValueTask DisposeAsync()
    {
        await WhenOpened(_chartPage);
        await WhenOpened(_printPage);
        try
        {
            // Disconnected first, so disposing sends no close request to the browser.
            _browser.Disconnect();
            await _browser.DisposeAsync();
        }
        finally
        {
            _process.Dispose();
            _profile.Dispose();
        }
    }

    /// <summary>Waits for a page still opening, so no command is in flight when the connection closes; one that failed
    /// to open reported its error to its user.</summary>
    private static async Task WhenOpened(Lazy<Task<IPage>> page)
    {
        if (page.IsValueCreated) await ((Task)page.Value).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}

/// <summary>The browser produced something other than the page it was given.</summary>
public sealed class RenderException(string message) : Exception(message);
