using AidAnalysis.Tests.Brief;
using UglyToad.PdfPig;

namespace AidAnalysis.Tests.Notebooks;

/// <summary>The notebooks' file-based twins (`dotnet run notebooks/X.cs -- ...`) write HTML reports holding the interactive charts.</summary>
public sealed class FileBasedTwinTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aid-twins-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Explore_twin_writes_a_report_with_highlights_tables_and_charts()
    {
        var report = Path.Combine(_dir, "explore.html");
        Run("explore-article.cs", TestSupport.SampleArticle, "--report", report);
        var html = File.ReadAllText(report);
        AssertCharts(html, 2);
        Assert.Contains("class=\"aid-article\"", html);
        Assert.Contains("<table", html);
        Assert.Contains("Doo Jin-ho", html);
    }

    [BrowserFact]
    public void Brief_twin_writes_the_pdf_and_a_report_with_the_chart()
    {
        var (pdf, report) = (Path.Combine(_dir, "brief.pdf"), Path.Combine(_dir, "brief.html"));
        Run("brief.cs", TestSupport.SampleArticle, "--outputPdf", pdf, "--report", report);
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 2);
        AssertCharts(File.ReadAllText(report), 1);
    }

    [Fact]
    public void Corpus_twin_writes_a_report_with_charts_and_tables()
    {
        var report = Path.Combine(_dir, "corpus.html");
        Run("corpus.cs", Path.Combine(TestSupport.RepositoryRoot, "data", "articles"), "--dbPath", Path.Combine(_dir, "c.duckdb"), "--report", report);
        var html = File.ReadAllText(report);
        AssertCharts(html, 2);
        Assert.Contains("<table", html);
    }

    [Fact]
    public void A_twin_given_a_missing_article_says_so_in_one_line_with_exit_2()
    {
        var (code, output) = NotebookTools.Run("dotnet", _dir, "run", Path.Combine(TestSupport.RepositoryRoot, "notebooks", "explore-article.cs"), "--", "no-such-article.txt");
        Assert.Equal(2, code);
        Assert.Contains("error: ", output);
        Assert.Contains("no-such-article.txt", output);
    }

    private void Run(string twin, params string[] arguments)
    {
        var (code, output) = NotebookTools.Run("dotnet", _dir, ["run", Path.Combine(TestSupport.RepositoryRoot, "notebooks", twin), "--", .. arguments]);
        Assert.True(code == 0, $"{twin} failed:\n{output}");
    }

    /// <summary>plotly.js inlined once, one newPlot per chart, no script fetched from anywhere.</summary>
    private static void AssertCharts(string html, int charts)
    {
        Assert.Equal(1, Count(html, "plotly.js v2"));
        Assert.Equal(charts, Count(html, "Plotly.newPlot('aid-chart-"));
        Assert.DoesNotContain("<script src=", html);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
