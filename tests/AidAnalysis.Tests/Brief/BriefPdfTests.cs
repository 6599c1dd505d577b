using AidAnalysis.Brief;
using AidAnalysis.Charts;
using AidAnalysis.Loading;
using AidAnalysis.Model;
using AidAnalysis.Rendering;
using UglyToad.PdfPig;

namespace AidAnalysis.Tests.Brief;

/// <summary>Needs a system Chromium (CI installs it); skipped with the reason when there is none.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        try { BrowserLocator.Locate(); }
        catch (BrowserNotFoundException e) { Skip = e.Message; }
    }
}

[Collection("browser")]
public class BriefPdfTests
{
    private static ArticleAnalysis Sample() => TestSupport.Pipeline.Analyze(new ArticleLoader().Load(TestSupport.SampleArticle));

    [BrowserFact]
    public async Task Sample_brief_pdf_has_figures_page_numbers_and_bookmarks()
    {
        var dir = Directory.CreateTempSubdirectory("aid-brief-").FullName;
        try
        {
            var pdfPath = Path.Combine(dir, "brief.pdf");
            var htmlPath = Path.Combine(dir, "brief.html");
            await using (var renderer = await BriefRenderer.StartAsync(BriefTemplate.Default()))
                await renderer.WriteAsync([Sample()], pdfPath, htmlPath, Paper.A4, new DateOnly(2025, 1, 1));

            using var pdf = PdfDocument.Open(pdfPath);
            var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
            Assert.Contains("$6 million", text);
            Assert.Contains("South Korea", text);
            Assert.Contains($"Page 1 of {pdf.NumberOfPages}", text);
            Assert.Contains("provenance of every figure", text);
            Assert.Contains("Doo Jin-ho", text);
            Assert.Contains("Ukraine to request military assistance from South Korea", text);
            foreach (var chartText in new[] { "Aid over time (USD, by figure year)", "Aid by type (USD)", "Who says what", "2025", "Year" })
                Assert.Contains(chartText, text);
            // The news is $6 million; the $9 million the article calls previous is shown as earlier aid, never added to it.
            Assert.Contains("New money: US$6 million (2025)", text);
            Assert.Contains("Earlier or cumulative aid mentioned (not added to the new money): $9 million", text);
            Assert.Contains("$9 million earlier, $6 million in 2025 now (−33%)", text);
            Assert.Contains("Checks", text);
            Assert.DoesNotContain("US$15 million", text);
            Assert.True(pdf.TryGetBookmarks(out var bookmarks) && bookmarks.GetNodes().Any());
            Assert.Equal("Ukraine to request military assistance from South Korea", pdf.Information.Title);

            var html = File.ReadAllText(htmlPath);
            Assert.Contains("<svg", html);
            Assert.DoesNotContain("src=\"http", html);
            Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [BrowserFact]
    public async Task Markup_in_an_article_prints_as_text()
    {
        var article = Article.FromText("Markup test\n\nThe <script>alert(1)</script> and </table> tags gave $5 million to Chad.</td>",
            new ArticleMetadata(Title: "Markup <b>test</b>"), "m.txt");
        var dir = Directory.CreateTempSubdirectory("aid-brief-").FullName;
        try
        {
            var pdfPath = Path.Combine(dir, "m.pdf");
            await using (var renderer = await BriefRenderer.StartAsync(BriefTemplate.Default()))
                await renderer.WriteAsync([TestSupport.Pipeline.Analyze(article)], pdfPath, null, Paper.Letter, new DateOnly(2025, 1, 1));
            using var pdf = PdfDocument.Open(pdfPath);
            var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
            Assert.Contains("<script>alert(1)</script>", text);
            Assert.Contains("</table>", text);
            Assert.Contains("Markup <b>test</b>", text);
            Assert.InRange(pdf.GetPage(1).Width, 611, 613);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [BrowserFact]
    public async Task Chart_renders_to_svg_and_to_offline_html()
    {
        var chart = AidCharts.AidOverTime([Sample()]);
        await using var session = await ChromiumSession.StartAsync();
        var svg = await ChartExport.ToSvgAsync(session, chart);
        Assert.StartsWith("<svg", svg);
        Assert.Contains("2025", svg);
        var html = ChartExport.ToHtml(chart, "Aid over time");
        Assert.Contains("Plotly.newPlot", html);
        Assert.DoesNotContain("<script src=", html);
    }

    [BrowserFact]
    public async Task Rendering_blocks_network_requests()
    {
        await using var session = await ChromiumSession.StartAsync();
        var pdf = await session.PrintPdfAsync("<html><body><img id=i src=\"http://127.0.0.1:9/x.png\"><p>offline</p></body></html>", PuppeteerSharp.Media.PaperFormat.A4);
        Assert.True(pdf.Length > 500);
        await using var page = await session.NewIsolatedPageAsync();
        await page.SetContentAsync("<html><body></body></html>");
        var fetched = await page.EvaluateFunctionAsync<string>("async () => { try { await fetch('file:///etc/passwd'); return 'read'; } catch { return 'blocked'; } }");
        Assert.Equal("blocked", fetched);
    }
}

[CollectionDefinition("browser", DisableParallelization = true)]
public sealed class BrowserCollection;
