using System.CommandLine;
using AidAnalysis.Notebooks;

namespace AidAnalysis.Cli.Commands;

/// <summary>`run-notebook NOTEBOOK [-p name=value]... [-o OUT.ipynb] [--timeout SECONDS]`.</summary>
public static class RunNotebookCommand
{
    public static Command Create()
    {
        var notebook = new Argument<string>("notebook") { Description = "Notebook to run (.ipynb or .dib)" };
        var parameters = new Option<string[]>("--parameter", "-p") { Description = "name=value for the cell tagged 'parameters' (repeatable)", AllowMultipleArgumentsPerToken = false };
        var output = new Option<string?>("--output", "-o") { Description = "Executed notebook to write (default NAME.executed.ipynb next to the notebook)" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds a cell may run", DefaultValueFactory = _ => 300 };
        var command = new Command("run-notebook", "Run a notebook headlessly with parameters and save it with its outputs") { notebook, parameters, output, timeout };
        command.SetAction(async (result, _) =>
        {
            // The kernel redirects Console while a cell runs (and a timed-out cell never gives it back):
            // report through the real stderr.
            var stderr = Console.Error;
            var path = result.GetValue(notebook)!;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in result.GetValue(parameters) ?? [])
            {
                var eq = pair.IndexOf('=');
                if (eq <= 0) throw new CliException($"-p {pair}: expected name=value");
                values[pair[..eq]] = pair[(eq + 1)..];
            }
            var outputPath = result.GetValue(output) ?? Path.Combine(Path.GetDirectoryName(path) ?? ".", Path.GetFileNameWithoutExtension(path) + ".executed.ipynb");
            NotebookRunResult run;
            try
            {
                var runner = new NotebookRunner
                {
                    CellTimeout = TimeSpan.FromSeconds(result.GetValue(timeout)),
                    ProcessEnded = ended =>
                    {
                        stderr.WriteLine($"error: {path}: {ended.FailedCell} ended the process; the notebook up to it is in {ended.OutputPath}");
                        Environment.ExitCode = ExitCodes.Failure;
                    },
                };
                run = await runner.RunAsync(path, values, outputPath);
            }
            catch (NotebookException e)
            {
                throw new CliException(e.Message);
            }
            if (!run.Succeeded)
            {
                stderr.WriteLine($"error: {path}: {run.FailedCell} failed: {run.Error} (outputs in {run.OutputPath})");
                return ExitCodes.Failure;
            }
            stderr.WriteLine($"ran {run.CellsRun} cells in {run.Elapsed.TotalSeconds:0.0} s; wrote {run.OutputPath}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
