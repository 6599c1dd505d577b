namespace AidAnalysis.Tests.Cli;

/// <summary>Runs the CLI's entry point in-process, capturing its output. Console is process-global,
/// so every test that uses it is in the serial "console" collection.</summary>
internal static class CliRunner
{
    private static readonly object Gate = new();

    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        lock (Gate)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var (oldOut, oldErr) = (Console.Out, Console.Error);
            Console.SetOut(stdout);
            Console.SetError(stderr);
            try
            {
                var entry = typeof(AidAnalysis.Cli.ExitCodes).Assembly.EntryPoint!;
                var code = (int)entry.Invoke(null, [args])!;
                return (code, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldErr);
            }
        }
    }
}

[CollectionDefinition("console", DisableParallelization = true)]
public sealed class ConsoleCollection;
