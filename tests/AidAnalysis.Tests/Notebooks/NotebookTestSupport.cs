using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AidAnalysis.Rendering;

namespace AidAnalysis.Tests.Notebooks;

/// <summary>A test running the repository's notebooks, which reference the package tools/pack-local.sh builds; skipped, saying so, without it.</summary>
public sealed class NotebookPackageFactAttribute : FactAttribute
{
    public NotebookPackageFactAttribute()
    {
        if (!NotebookTools.PackageInstalled) Skip = NotebookTools.NoPackage;
    }

    /// <summary>The notebook also starts the system browser (the brief).</summary>
    public bool NeedsBrowser
    {
        get => false;
        init
        {
            if (!value || Skip is not null) return;
            try { BrowserLocator.Locate(); }
            catch (BrowserNotFoundException e) { Skip = e.Message; }
        }
    }
}

/// <summary>A test running notebooks under the real .NET Interactive kernel through jupyter nbconvert; skipped, saying so, when they are not installed.</summary>
public sealed class KernelFactAttribute : FactAttribute
{
    public KernelFactAttribute()
    {
        if (!NotebookTools.PackageInstalled) Skip = NotebookTools.NoPackage;
        else if (NotebookTools.Find("jupyter") is null || NotebookTools.KernelSpec is null || NotebookTools.DotnetInteractive is null)
            Skip = "the Jupyter kernel route needs jupyter nbconvert, Microsoft.dotnet-interactive 1.0.712001 and `dotnet interactive jupyter install` (.ci/run installs them)";
        else
        {
            try { BrowserLocator.Locate(); }
            catch (BrowserNotFoundException e) { Skip = e.Message; }
        }
    }
}

internal static class NotebookTools
{
    public const string PackageVersion = "0.1.0-local";

    public const string NoPackage = "the notebooks' package is not built: run tools/pack-local.sh";

    private static string Home => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    public static bool PackageInstalled => Directory.Exists(Path.Combine(
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Home, ".nuget", "packages"), "aidanalysis.interactive", PackageVersion));

    public static string? DotnetInteractive => Find("dotnet-interactive") ?? (File.Exists(Path.Combine(Home, ".dotnet", "tools", "dotnet-interactive")) ? Path.Combine(Home, ".dotnet", "tools", "dotnet-interactive") : null);

    public static string? KernelSpec => new[]
    {
        Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR"), Path.Combine(Home, ".local", "share", "jupyter"), "/usr/local/share/jupyter", "/usr/share/jupyter",
    }.Where(d => d is not null).Select(d => Path.Combine(d!, "kernels", ".net-csharp", "kernel.json")).FirstOrDefault(File.Exists);

    public static string? Find(string program) => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);

    /// <summary>Runs a program to its end; the .NET global tools folder is on its PATH, as the kernel spec expects.</summary>
    public static (int ExitCode, string Output) Run(string program, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH") + Path.PathSeparator + Path.Combine(Home, ".dotnet", "tools");
        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}

/// <summary>What an executed notebook must show, whichever route ran it.</summary>
internal static class NotebookOutputs
{
    private static readonly Regex TableCell = new(@"^(tables\.\w+|store\.(Table|Query)\(.*\))$", RegexOptions.NonBacktracking);

    public static JsonArray Cells(string ipynb) => JsonNode.Parse(File.ReadAllText(ipynb))!["cells"]!.AsArray();

    public static string Source(JsonNode cell) => cell["source"] is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : cell["source"]!.GetValue<string>();

    public static string Html(JsonNode cell) => string.Concat((cell["outputs"]?.AsArray() ?? []).Select(o => o!["data"]?["text/html"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
        JsonValue value => value.GetValue<string>(),
        _ => "",
    }));

    public static string All(string ipynb) => string.Join("\n", Cells(ipynb).SelectMany(c => c!["outputs"]?.AsArray() ?? []).Select(o => o!.ToJsonString()));

    /// <summary>No error output; every chart cell an offline Plotly chart; every DataFrame cell an HTML table. Returns the chart count.</summary>
    public static int AssertChartsAndTables(string ipynb)
    {
        var code = Cells(ipynb).Where(c => c!["cell_type"]!.GetValue<string>() == "code").Select(c => c!).ToList();
        Assert.DoesNotContain(code.SelectMany(c => c["outputs"]?.AsArray() ?? []), o => o!["output_type"]!.GetValue<string>() == "error");
        var charts = code.Where(c => Source(c).Contains("NotebookCharts.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(charts);
        foreach (var chart in charts)
        {
            var html = Html(chart);
            Assert.Contains("plotly.js v", html);
            Assert.Contains("Plotly.newPlot('aid-chart-", html);
            Assert.Contains("\"data\":[", html);
            Assert.DoesNotContain("<script src=", html);
        }
        var tables = code.Where(c => TableCell.IsMatch(Source(c).Trim().Split('\n')[^1])).ToList();
        Assert.All(tables, t => Assert.Contains("<table", Html(t)));
        return charts.Count;
    }
}
