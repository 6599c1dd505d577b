using System.CommandLine;
using AidAnalysis.Cli;
using AidAnalysis.Cli.Commands;

var root = new RootCommand("aid: turn news articles about aid into tables, charts and a PDF brief")
{
    AnalyzeCommand.Create(),
    EvalCommand.Create(),
    BriefCommand.Create(),
    CorpusCommand.Create(),
    RunNotebookCommand.Create(),
    BenchCommand.Create(),
    BrowserPathCommand.Create(),
};

var parse = root.Parse(args);
if (UsageErrors.Describe(parse) is { } usage)
{
    Console.Error.WriteLine($"error: {usage} (see 'aid --help')");
    return ExitCodes.BadInput;
}
try
{
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (CliException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return e.ExitCode;
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    // Never a stack trace for the user: one line, and the failure exit code.
    Console.Error.WriteLine($"error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
    return ExitCodes.Failure;
}
