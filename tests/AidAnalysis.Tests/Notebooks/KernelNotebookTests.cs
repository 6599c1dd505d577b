using AidAnalysis.Notebooks;
using UglyToad.PdfPig;

namespace AidAnalysis.Tests.Notebooks;

/// <summary>
/// The notebooks under the real .NET Interactive kernel (the one VS Code's Jupyter extension runs),
/// executed by jupyter nbconvert on the sample article and on an article of the dev corpus. Parameters
/// are injected as run-notebook does, into a copy, since nbconvert has no parameters.
/// </summary>
// The brief notebook starts a browser: it runs apart from the other browser tests, whose load made its kernel die once.
[Collection("browser")]
public sealed class KernelNotebookTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aid-kernel-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The sample article, and the first article of ../shared/corpus/dev when it is present.</summary>
    private static IEnumerable<string> Articles()
    {
        yield return TestSupport.SampleArticle;
        if (CorpusPaths.Root is { } corpus)
            yield return Directory.GetFiles(Path.Combine(corpus, "articles")).Order(StringComparer.Ordinal).First();
    }

    [KernelFact]
    public void Explore_notebook_runs_under_the_kernel_with_plotly_charts_and_html_tables()
    {
        foreach (var article in Articles())
        {
            var executed = Execute("01-explore-article.ipynb", new() { ["articlePath"] = article });
            Assert.Equal(2, NotebookOutputs.AssertChartsAndTables(executed));
            Assert.Contains("actors,", NotebookOutputs.All(executed));
        }
    }

    [KernelFact]
    public void Brief_notebook_writes_the_pdf_under_the_kernel()
    {
        foreach (var (article, i) in Articles().Select((a, i) => (a, i)))
        {
            var pdf = Path.Combine(_dir, $"brief-{i}.pdf");
            var executed = Execute("02-brief.ipynb", new() { ["articlePath"] = article, ["outputPdf"] = pdf });
            Assert.Equal(1, NotebookOutputs.AssertChartsAndTables(executed));
            using var document = PdfDocument.Open(pdf);
            Assert.True(document.NumberOfPages >= 1);
        }
    }

    [KernelFact]
    public void Corpus_notebook_opens_duckdb_under_the_kernel_and_charts_the_corpus()
    {
        foreach (var (article, i) in Articles().Select((a, i) => (a, i)))
        {
            var articles = Directory.CreateDirectory(Path.Combine(_dir, $"articles-{i}")).FullName;
            File.Copy(article, Path.Combine(articles, Path.GetFileName(article)));
            var executed = Execute("03-corpus.ipynb", new() { ["articlesDir"] = articles, ["dbPath"] = Path.Combine(_dir, $"corpus-{i}.duckdb") });
            Assert.Equal(2, NotebookOutputs.AssertChartsAndTables(executed));
            Assert.Contains("1 articles in the corpus", NotebookOutputs.All(executed));
        }
    }

    private string Execute(string notebook, Dictionary<string, string> parameters)
    {
        var cells = NotebookDocument.Read(Path.Combine(TestSupport.RepositoryRoot, "notebooks", notebook));
        NotebookParameters.Inject(cells, parameters, _dir);
        var input = Path.Combine(_dir, "in-" + notebook);
        File.WriteAllText(input, NotebookDocument.ToIpynb(cells));
        var output = "out-" + Guid.NewGuid().ToString("N")[..8] + ".ipynb";
        var (code, log) = NotebookTools.Run("jupyter", _dir, "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=600",
            "--output", output, input);
        Assert.True(code == 0, $"nbconvert failed on {notebook}:\n{log[^Math.Min(log.Length, 3000)..]}");
        return Path.Combine(_dir, output);
    }
}
