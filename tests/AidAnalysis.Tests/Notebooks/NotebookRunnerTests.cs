using System.Text.Json.Nodes;
using AidAnalysis.Notebooks;
using AidAnalysis.Tests.Brief;
using UglyToad.PdfPig;

namespace AidAnalysis.Tests.Notebooks;

/// <summary>Runs the repository's notebooks headlessly, as CI does, and checks their outputs.</summary>
[Collection("console")]
public sealed class NotebookRunnerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aid-notebooks-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Notebook(string name) => Path.Combine(TestSupport.RepositoryRoot, "notebooks", name);

    private static string AllOutputs(string ipynb) => NotebookOutputs.All(ipynb);

    [NotebookPackageFact]
    public async Task Explore_notebook_shows_the_sample_funding_table()
    {
        var output = Path.Combine(_dir, "01.ipynb");
        var run = await new NotebookRunner().RunAsync(Notebook("01-explore-article.ipynb"), new Dictionary<string, string>(), output);
        Assert.True(run.Succeeded, run.Error);
        var outputs = AllOutputs(output);
        Assert.Contains("6000000", outputs);
        Assert.Contains("South Korea", outputs);
        Assert.Contains("Doo Jin-ho", outputs);
        Assert.Equal(2, NotebookOutputs.AssertChartsAndTables(output));
        AssertValidNbformat(output);
    }

    [NotebookPackageFact]
    public async Task Explore_notebook_reruns_on_another_article_given_as_a_parameter()
    {
        var article = Path.Combine(_dir, "moldova.txt");
        File.WriteAllText(article, "Estonia sends aid to Moldova\n\nEstonia has allocated EUR 3 million in humanitarian aid to Moldova, the Estonian Foreign Ministry said.");
        var output = Path.Combine(_dir, "01-moldova.ipynb");
        var run = await new NotebookRunner().RunAsync(Notebook("01-explore-article.ipynb"), new Dictionary<string, string> { ["articlePath"] = article }, output);
        Assert.True(run.Succeeded, run.Error);
        var cells = JsonNode.Parse(File.ReadAllText(output))!["cells"]!.AsArray();
        var injected = cells.Single(c => c!["metadata"]?["tags"]?.AsArray().Any(t => t!.GetValue<string>() == "injected-parameters") == true)!;
        var parametersIndex = cells.ToList().FindIndex(c => c!["metadata"]?["tags"]?.AsArray().Any(t => t!.GetValue<string>() == "parameters") == true);
        Assert.Equal(parametersIndex + 1, cells.IndexOf(injected));
        var outputs = AllOutputs(output);
        Assert.Contains("3000000", outputs);
        Assert.Contains("Moldova", outputs);
        Assert.DoesNotContain("6000000", outputs);
    }

    [NotebookPackageFact(NeedsBrowser = true)]
    public async Task Brief_notebook_writes_a_pdf()
    {
        var pdf = Path.Combine(_dir, "brief.pdf");
        var run = await new NotebookRunner().RunAsync(Notebook("02-brief.ipynb"), new Dictionary<string, string> { ["outputPdf"] = pdf }, Path.Combine(_dir, "02.ipynb"));
        Assert.True(run.Succeeded, run.Error);
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 2);
        Assert.Equal(1, NotebookOutputs.AssertChartsAndTables(Path.Combine(_dir, "02.ipynb")));
    }

    [NotebookPackageFact]
    public async Task Corpus_notebook_reconciles_and_charts_the_articles()
    {
        var run = await new NotebookRunner().RunAsync(Notebook("03-corpus.ipynb"),
            new Dictionary<string, string> { ["dbPath"] = Path.Combine(_dir, "nb.duckdb") }, Path.Combine(_dir, "03.ipynb"));
        Assert.True(run.Succeeded, run.Error);
        var outputs = AllOutputs(Path.Combine(_dir, "03.ipynb"));
        Assert.Contains("distinct figures", outputs);
        Assert.Contains("South Korea", outputs);
        Assert.Equal(2, NotebookOutputs.AssertChartsAndTables(Path.Combine(_dir, "03.ipynb")));
    }

    [Fact]
    public async Task A_failing_cell_stops_the_run_names_the_cell_and_still_writes_the_notebook()
    {
        var notebook = Write("fail.ipynb", ("code", "var x = 1;", ["parameters"]), ("code", "Console.WriteLine(\"before\");", null),
            ("code", "throw new InvalidOperationException(\"boom\");", null), ("code", "Console.WriteLine(\"never\");", null));
        var output = Path.Combine(_dir, "fail.out.ipynb");
        var run = await new NotebookRunner().RunAsync(notebook, new Dictionary<string, string>(), output);
        Assert.False(run.Succeeded);
        Assert.Contains("cell 3", run.FailedCell);
        Assert.Contains("boom", run.Error);
        var outputs = AllOutputs(output);
        Assert.Contains("before", outputs);
        Assert.Contains("\"output_type\":\"error\"", outputs);
        Assert.DoesNotContain("never\\n", outputs);
        AssertValidNbformat(output);
    }

    [Fact]
    public async Task An_endless_cell_is_stopped_at_its_timeout()
    {
        var notebook = Write("loop.ipynb", ("code", "System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);", null));
        var run = await new NotebookRunner { CellTimeout = TimeSpan.FromSeconds(2) }.RunAsync(notebook, new Dictionary<string, string>(), Path.Combine(_dir, "loop.out.ipynb"));
        Assert.False(run.Succeeded);
        Assert.Contains("timed out", run.Error);
    }

    [Fact]
    public async Task Unknown_parameter_and_missing_parameters_cell_are_clear_errors()
    {
        var withParameters = Write("p.ipynb", ("code", "var city = \"Riga\";", ["parameters"]));
        var unknown = await Assert.ThrowsAsync<NotebookException>(() => new NotebookRunner().RunAsync(withParameters, new Dictionary<string, string> { ["town"] = "Oslo" }, Path.Combine(_dir, "o.ipynb")));
        Assert.Contains("unknown parameter 'town'", unknown.Message);
        var without = Write("np.ipynb", ("code", "var city = \"Riga\";", null));
        var missing = await Assert.ThrowsAsync<NotebookException>(() => new NotebookRunner().RunAsync(without, new Dictionary<string, string> { ["city"] = "Oslo" }, Path.Combine(_dir, "o2.ipynb")));
        Assert.Contains("no cell tagged 'parameters'", missing.Message);
    }

    [Fact]
    public async Task Dib_notebooks_run_too()
    {
        var dib = Path.Combine(_dir, "small.dib");
        File.WriteAllText(dib, "#!csharp\n\n// parameters\nvar n = 2;\n\n#!csharp\n\nConsole.WriteLine($\"n squared is {n * n}\");\n");
        var output = Path.Combine(_dir, "small.ipynb");
        var run = await new NotebookRunner().RunAsync(dib, new Dictionary<string, string> { ["n"] = "7" }, output);
        Assert.True(run.Succeeded, run.Error);
        Assert.Contains("n squared is 49", AllOutputs(output));
    }

    private string Write(string name, params (string Kind, string Source, string[]? Tags)[] cells)
    {
        var path = Path.Combine(_dir, name);
        var nodes = new JsonArray(cells.Select((c, i) => (JsonNode)new JsonObject
        {
            ["cell_type"] = c.Kind, ["id"] = $"t{i}", ["execution_count"] = null, ["outputs"] = new JsonArray(), ["source"] = c.Source,
            ["metadata"] = c.Tags is null ? new JsonObject() : new JsonObject { ["tags"] = new JsonArray(c.Tags.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray()) },
        }).ToArray());
        File.WriteAllText(path, new JsonObject { ["cells"] = nodes, ["metadata"] = new JsonObject(), ["nbformat"] = 4, ["nbformat_minor"] = 5 }.ToJsonString());
        return path;
    }

    private static void AssertValidNbformat(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal(4, root["nbformat"]!.GetValue<int>());
        Assert.Equal(5, root["nbformat_minor"]!.GetValue<int>());
        var ids = root["cells"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[a-zA-Z0-9-_]{1,64}$", id));
    }
}
