using System.Diagnostics;
using System.Text.Json.Nodes;
using AidAnalysis.Notebooks;
using AidAnalysis.Tests.Cli;

namespace AidAnalysis.Tests.Notebooks;

/// <summary>run-notebook failures must look like failures: one error line and the documented exit code.</summary>
[Collection("console")]
public sealed class NotebookFailureTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aid-notebook-failures-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_timed_out_cell_exits_1_with_one_error_line_on_stderr()
    {
        var notebook = Write("slow.ipynb", "var n = 1;", "System.Threading.Thread.Sleep(20_000);");
        var (code, _, stderr) = CliRunner.Run("run-notebook", notebook, "--timeout", "1", "-o", Path.Combine(_dir, "slow.out.ipynb"));
        Assert.Equal(1, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains("timed out", line);
    }

    [Fact]
    public void A_cell_that_ends_the_process_leaves_the_notebook_written_up_to_it_and_exits_1()
    {
        var notebook = Write("exit.ipynb", "var n = 1;", "Console.WriteLine(\"before the exit\");", "Environment.Exit(0);", "Console.WriteLine(\"after the exit\");");
        var output = Path.Combine(_dir, "exit.out.ipynb");
        var cli = typeof(AidAnalysis.Cli.ExitCodes).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { cli, "run-notebook", notebook, "-o", output }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("cell 3", line);
        Assert.Contains("ended the process", line);
        var outputs = NotebookOutputs.All(output);
        Assert.Contains("before the exit", outputs);
        Assert.Contains("ProcessExit", outputs);
        Assert.DoesNotContain("after the exit", outputs);
    }

    [Theory]
    [InlineData("x", "NaN")]
    [InlineData("x", "1e400")]
    [InlineData("x", "-Infinity")]
    [InlineData("n", "1.5")]
    [InlineData("n", "3000000000")]
    [InlineData("f", "1e39")]
    [InlineData("flag", "yes")]
    public void Parameters_must_fit_their_declared_type(string name, string value)
    {
        var cells = Parameters();
        var error = Assert.Throws<NotebookException>(() => NotebookParameters.Inject(cells, new Dictionary<string, string> { [name] = value }, _dir));
        Assert.Contains($"parameter '{name}' wants", error.Message);
    }

    [Fact]
    public void Accepted_numbers_keep_the_declared_type()
    {
        var cells = Parameters();
        NotebookParameters.Inject(cells, new Dictionary<string, string> { ["n"] = "-7", ["x"] = "3", ["f"] = "0.5", ["big"] = "5000000000" }, _dir);
        var injected = cells[1].Source;
        Assert.Contains("var n = -7;", injected);
        Assert.Contains("var x = 3d;", injected);
        Assert.Contains("var f = 0.5f;", injected);
        Assert.Contains("var big = 5000000000L;", injected);
    }

    [Fact]
    public void A_path_parameter_is_taken_relative_to_the_callers_directory()
    {
        var cells = Parameters();
        NotebookParameters.Inject(cells, new Dictionary<string, string> { ["articlePath"] = "in/story.txt", ["label"] = "in/story" }, _dir);
        Assert.Contains($"var articlePath = \"{Path.Combine(_dir, "in", "story.txt")}\";", cells[1].Source);
        Assert.Contains("var label = \"in/story\";", cells[1].Source);
    }

    [Theory]
    [InlineData("{\"cells\": 5, \"nbformat\": 4}")]
    [InlineData("[1, 2]")]
    [InlineData("{\"cells\": [{\"cell_type\": \"code\", \"source\": 3}], \"nbformat\": 4}")]
    [InlineData("{\"cells\": [], \"nbformat\": 3}")]
    [InlineData("{\"cells\": [\"text\"], \"nbformat\": 4}")]
    public void A_wrong_shape_notebook_is_one_error_line_and_exit_2(string json)
    {
        var path = Path.Combine(_dir, "shape.ipynb");
        File.WriteAllText(path, json);
        var (code, _, stderr) = CliRunner.Run("run-notebook", path, "-o", Path.Combine(_dir, "shape.out.ipynb"));
        Assert.Equal(2, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains("shape.ipynb", line);
        Assert.False(File.Exists(Path.Combine(_dir, "shape.out.ipynb")));
    }

    private static List<NotebookCell> Parameters() =>
    [
        new("p", "code", "csharp", "var n = 1;\nvar x = 2.5;\nfloat f = 1f;\nlong big = 2;\nvar flag = true;\nvar articlePath = \"../data/a.txt\";\nvar label = \"sample\";", [NotebookDocument.ParametersTag]),
        new("c", "code", "csharp", "Console.WriteLine(n);", []),
    ];

    private string Write(string name, params string[] sources)
    {
        var cells = new JsonArray(sources.Select((source, i) => (JsonNode)new JsonObject
        {
            ["cell_type"] = "code", ["id"] = $"c{i}", ["execution_count"] = null, ["outputs"] = new JsonArray(), ["source"] = source,
            ["metadata"] = i == 0 ? new JsonObject { ["tags"] = new JsonArray("parameters") } : new JsonObject(),
        }).ToArray());
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, new JsonObject { ["cells"] = cells, ["metadata"] = new JsonObject(), ["nbformat"] = 4, ["nbformat_minor"] = 5 }.ToJsonString());
        return path;
    }
}
