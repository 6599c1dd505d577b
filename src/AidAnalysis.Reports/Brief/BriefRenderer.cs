using AidAnalysis.Model;
using AidAnalysis.Output;
using AidAnalysis.Rendering;
using PuppeteerSharp.Media;

namespace AidAnalysis.Brief;

public enum Paper { A4, Letter }

/// <summary>
/// Renders briefs: charts to SVG and the template to HTML, then HTML to PDF, all in one reused
/// headless browser. Outputs are written to a temporary file and renamed.
/// </summary>
public sealed class BriefRenderer(ChromiumSession session, BriefTemplate template) : IAsyncDisposable
{
    public ChromiumSession Session => session;

    /// <summary>Starts the browser and has it open its chart and print pages in the background, while the caller
    /// builds the brief's model.</summary>
    public static async Task<BriefRenderer> StartAsync(BriefTemplate template, string? browserPath = null) =>
        new(await StartSessionAsync(browserPath), template);

    /// <summary>Starts the browser and has it open its chart and print pages in the background; for callers that
    /// choose the template while it starts.</summary>
    public static async Task<ChromiumSession> StartSessionAsync(string? browserPath = null)
    {
        var session = await ChromiumSession.StartAsync(browserPath);
        session.PreparePages();
        return session;
    }

    public async Task<string> RenderHtmlAsync(IReadOnlyList<ArticleAnalysis> analyses, Paper paper, DateOnly today)
    {
        var model = await BriefBuilder.BuildAsync(analyses, session, today);
        return template.Render(model, paper == Paper.Letter ? "Letter" : "A4");
    }

    /// <summary>Writes the PDF (and the same brief as self-contained HTML when <paramref name="htmlPath"/> is given).</summary>
    public async Task WriteAsync(IReadOnlyList<ArticleAnalysis> analyses, string pdfPath, string? htmlPath, Paper paper, DateOnly today) =>
        await WriteAsync(await BriefBuilder.BuildAsync(analyses, session, today), pdfPath, htmlPath, paper);

    /// <summary>Writes a brief whose model is already built (the corpus report builds its own).</summary>
    public async Task WriteAsync(BriefModel model, string pdfPath, string? htmlPath, Paper paper)
    {
        var html = template.Render(model, paper == Paper.Letter ? "Letter" : "A4");
        byte[] pdf;
        try
        {
            pdf = await session.PrintPdfAsync(html, paper == Paper.Letter ? PaperFormat.Letter : PaperFormat.A4);
        }
        catch (RenderException e)
        {
            // Only a template can make the page leave its document: report it as the template's fault.
            throw new BriefTemplateException(e.Message);
        }
        AtomicFile.WriteAllBytes(pdfPath, pdf);
        if (htmlPath is not null) AtomicFile.WriteAllText(htmlPath, html);
    }

    public ValueTask DisposeAsync() => session.DisposeAsync();
}
