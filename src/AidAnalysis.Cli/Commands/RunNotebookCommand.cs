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
                run = await new NotebookRunner { CellTimeout = TimeSpan.FromSeconds(result.GetValue(timeout)) }.RunAsync(path, values, outputPath);
            }
            catch (NotebookException e)
            {
                throw new CliException(e.Message);
            }
            if (!run.Succeeded)
            {
                Console.Error.WriteLine($"error: {path}: {run.FailedCell} failed: {run.Error} (outputs in {run.OutputPath})");
                return ExitCodes.Failure;
            }
            Console.Error.WriteLine($"ran {run.CellsRun} cells in {run.Elapsed.TotalSeconds:0.0} s; wrote {run.OutputPath}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
