using System.Reflection;
using System.Runtime.Loader;

namespace AidAnalysis.Tests.Cli;

/// <summary>`analyze` must not pay for the brief, charts or corpus: it runs in its own load context here, and
/// every assembly it needed beyond the framework is loaded into that context, where the test can list it.</summary>
[Collection("console")]
public sealed class AnalyzeLoadTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aid-load-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Analyze_loads_neither_the_browser_driver_nor_plotly_nor_duckdb()
    {
        var article = Path.Combine(_dir, "pledge.txt");
        File.WriteAllText(article, "Ruritania pledged $40 million in winter aid to Freedonia on Monday, its foreign minister said.\n");

        var loaded = RunIsolated("analyze", article, "--format", "json");

        Assert.Contains("AidAnalysis", loaded);
        Assert.Contains("System.CommandLine", loaded);
        Assert.DoesNotContain(loaded, name => name.StartsWith("PuppeteerSharp", StringComparison.Ordinal)
            || name.StartsWith("Plotly", StringComparison.Ordinal) || name.StartsWith("FSharp", StringComparison.Ordinal)
            || name.StartsWith("DuckDB", StringComparison.Ordinal) || name.StartsWith("Microsoft.Data.Analysis", StringComparison.Ordinal)
            || name.StartsWith("Fluid", StringComparison.Ordinal) || name.StartsWith("Microsoft.DotNet.Interactive", StringComparison.Ordinal));
    }

    /// <summary>Runs the CLI's entry point in a fresh load context and returns the names of the assemblies loaded into it.</summary>
    private static string[] RunIsolated(params string[] args)
    {
        var context = new CliContext(AppContext.BaseDirectory);
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        Console.SetOut(new StringWriter());
        Console.SetError(new StringWriter());
        try
        {
            var cli = context.LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, "aid.dll"));
            Assert.Equal(0, (int)cli.EntryPoint!.Invoke(null, [args])!);
            return context.Assemblies.Select(a => a.GetName().Name!).ToArray();
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
            context.Unload();
        }
    }

    /// <summary>Framework assemblies come from the shared framework; the application's own from its folder, into this context.</summary>
    private sealed class CliContext(string folder) : AssemblyLoadContext("aid-analyze", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(path) && !IsFramework(name) ? LoadFromAssemblyPath(path) : null;
        }

        private static bool IsFramework(AssemblyName name) =>
            File.Exists(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), name.Name + ".dll"));
    }
}
