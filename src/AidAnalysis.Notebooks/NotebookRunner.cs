using System.Diagnostics;
using System.Runtime.Loader;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace AidAnalysis.Notebooks;

/// <summary>How a run ended: the executed notebook is written either way.</summary>
public sealed record NotebookRunResult(bool Succeeded, string OutputPath, int CellsRun, TimeSpan Elapsed, string? FailedCell, string? Error);

/// <summary>
/// Runs a notebook headlessly, papermill style: parameters injected after the "parameters" cell,
/// every cell in one C# kernel with the notebook's folder as working directory, all outputs recorded,
/// a per-cell timeout, and a stop at the first failing cell. The working directory, the formatter and
/// assembly loading are process-wide, so runs must not overlap.
/// </summary>
public sealed class NotebookRunner
{
    private static readonly SemaphoreSlim OneRunAtATime = new(1, 1);

    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Called when a cell ends the process (Environment.Exit), after the notebook up to that cell is written:
    /// the in-process kernel cannot stop it, so the caller gets this last chance to report it.
    /// </summary>
    public Action<NotebookRunResult>? ProcessEnded { get; init; }

    public async Task<NotebookRunResult> RunAsync(string notebookPath, IReadOnlyDictionary<string, string> parameters, string outputPath)
    {
        if (!File.Exists(notebookPath)) throw new NotebookException($"{notebookPath}: notebook not found");
        var cells = NotebookDocument.Read(notebookPath);
        NotebookParameters.Inject(cells, parameters, Environment.CurrentDirectory);
        var fullOutput = Path.GetFullPath(outputPath);

        await OneRunAtATime.WaitAsync();
        var previousDirectory = Environment.CurrentDirectory;
        var clock = Stopwatch.StartNew();
        NotebookCell? running = null;
        var executed = 0;
        void OnProcessExit(object? sender, EventArgs e)
        {
            if (running is null) return;
            running.Outputs.Add(Error("ProcessExit", "this cell ended the process; later cells did not run"));
            Write(fullOutput, cells);
            ProcessEnded?.Invoke(new NotebookRunResult(false, fullOutput, executed, clock.Elapsed, CellLabel(cells, running), "the cell ended the process (Environment.Exit)"));
        }
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        try
        {
            Environment.CurrentDirectory = Path.GetDirectoryName(Path.GetFullPath(notebookPath))!;
            using var kernel = CreateKernel();
            foreach (var cell in cells.Where(c => c.IsCode))
            {
                executed++;
                cell.ExecutionCount = executed;
                running = cell;
                var error = await RunCellAsync(kernel, cell);
                running = null;
                if (error is null) continue;
                Write(fullOutput, cells);
                return new NotebookRunResult(false, fullOutput, executed, clock.Elapsed, CellLabel(cells, cell), error);
            }
            Write(fullOutput, cells);
            return new NotebookRunResult(true, fullOutput, executed, clock.Elapsed, null, null);
        }
        finally
        {
            AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
            Environment.CurrentDirectory = previousDirectory;
            OneRunAtATime.Release();
        }
    }

    private async Task<string?> RunCellAsync(CompositeKernel kernel, NotebookCell cell)
    {
        if (cell.Kernel is not ("csharp" or "c#" or "C#"))
        {
            cell.Outputs.Add(Stream("stderr", $"skipped: this runner executes C# cells only (cell kernel '{cell.Kernel}')\n"));
            return null;
        }
        var submission = kernel.SendAsync(new SubmitCode(cell.Source, "csharp"));
        var finished = await Task.WhenAny(submission, Task.Delay(CellTimeout));
        if (finished != submission)
        {
            // A cell that never yields cannot be cancelled cooperatively; the run stops and reports it.
            var message = $"cell timed out after {CellTimeout.TotalSeconds:0} s";
            cell.Outputs.Add(Error("TimeoutException", message));
            return message;
        }
        string? failure = null;
        foreach (var e in submission.Result.Events)
        {
            switch (e)
            {
                case StandardOutputValueProduced o:
                    cell.Outputs.Add(Stream("stdout", Text(o)));
                    break;
                case StandardErrorValueProduced o:
                    cell.Outputs.Add(Stream("stderr", Text(o)));
                    break;
                case DisplayedValueUpdated u:
                    var index = cell.Outputs.FindIndex(x => x["metadata"]?["value_id"]?.GetValue<string>() == u.ValueId);
                    if (index >= 0) cell.Outputs[index] = Display("display_data", u);
                    else cell.Outputs.Add(Display("display_data", u));
                    break;
                case DisplayedValueProduced d:
                    cell.Outputs.Add(Display("display_data", d));
                    break;
                case ReturnValueProduced r when r.Value is not DisplayedValue:
                    var result = Display("execute_result", r);
                    result["execution_count"] = cell.ExecutionCount;
                    cell.Outputs.Add(result);
                    break;
                case ErrorProduced err:
                    cell.Outputs.Add(Error("Error", err.Message));
                    break;
                case CommandFailed failed:
                    // The first line says what went wrong; the full text stays in the notebook's error output.
                    failure = failed.Exception is { } ex ? $"{ex.GetType().Name}: {ex.Message}" : failed.Message.Split('\n')[0].Trim();
                    cell.Outputs.Add(Error(failed.Exception?.GetType().Name ?? "Error", failed.Message));
                    break;
            }
        }
        return failure;
    }

    private static CompositeKernel CreateKernel()
    {
        Formatter.ResetToDefault();
        var restored = new List<ResolvedPackageReference>();
        var csharp = new CSharpKernel()
            .UseNugetDirective((k, references) =>
            {
                k.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                lock (restored) restored.AddRange(references);
                return Task.CompletedTask;
            }, forceRestore: false)
            .UseKernelHelpers()
            .UseWho()
            .UseValueSharing();
        var composite = new CompositeKernel { csharp };
        composite.DefaultKernelName = csharp.Name;
        LoadPackageExtensions(composite, csharp, restored);
        return composite;
    }

    /// <summary>
    /// What the .NET Interactive kernel does and the bare one does not: after a command that restored
    /// packages, load each package's notebook extensions (interactive-extensions/dotnet/*.dll, e.g.
    /// formatters). This runs in a middleware after the command, where a kernel context still exists.
    /// </summary>
    private static void LoadPackageExtensions(CompositeKernel root, CSharpKernel csharp, List<ResolvedPackageReference> restored)
    {
        var loaded = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        csharp.AddMiddleware(async (command, context, next) =>
        {
            await next(command, context);
            ResolvedPackageReference[] packages;
            lock (restored)
            {
                packages = [.. restored];
                restored.Clear();
            }
            foreach (var package in packages)
            {
                var folder = Path.Combine(package.PackageRoot, "interactive-extensions", "dotnet");
                if (!Directory.Exists(folder) || !loaded.Add(folder)) continue;
                foreach (var dll in Directory.GetFiles(folder, "*.dll"))
                {
                    var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(dll);
                    foreach (var type in assembly.GetExportedTypes().Where(t => typeof(IKernelExtension).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false }))
                        await ((IKernelExtension)Activator.CreateInstance(type)!).OnLoadAsync(root);
                }
            }
        });
    }

    private static void Write(string path, IEnumerable<NotebookCell> cells) =>
        AidAnalysis.Output.AtomicFile.WriteAllText(path, NotebookDocument.ToIpynb(cells));


    private static string CellLabel(List<NotebookCell> cells, NotebookCell cell)
    {
        var firstLine = cell.Source.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "";
        return $"cell {cells.IndexOf(cell) + 1} ({cell.Id}: {(firstLine.Length > 60 ? firstLine[..57] + "..." : firstLine)})";
    }

    private static string Text(DisplayEvent e) =>
        e.FormattedValues.FirstOrDefault(v => v.MimeType == "text/plain")?.Value ?? e.FormattedValues.FirstOrDefault()?.Value ?? "";

    private static JsonObject Stream(string name, string text) => new() { ["output_type"] = "stream", ["name"] = name, ["text"] = text };

    private static JsonObject Display(string outputType, DisplayEvent e)
    {
        var data = new JsonObject();
        foreach (var value in e.FormattedValues) data[value.MimeType] = value.Value;
        var metadata = new JsonObject();
        if (e.ValueId is not null) metadata["value_id"] = e.ValueId;
        return new JsonObject { ["output_type"] = outputType, ["data"] = data, ["metadata"] = metadata };
    }

    private static JsonObject Error(string name, string message) => new()
    {
        ["output_type"] = "error",
        ["ename"] = name,
        ["evalue"] = message,
        ["traceback"] = new JsonArray(message.Split('\n').Select(l => (JsonNode)JsonValue.Create(l)!).ToArray()),
    };
}
