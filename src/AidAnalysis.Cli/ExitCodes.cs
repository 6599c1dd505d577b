namespace AidAnalysis.Cli;

/// <summary>Process exit codes (documented in the README).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>A check failed (eval below its minimums) or a notebook cell failed.</summary>
    public const int Failure = 1;
    /// <summary>Bad input or usage: missing or unreadable file, unknown option.</summary>
    public const int BadInput = 2;
}

/// <summary>An error that should end the command with a one-line message and an exit code.</summary>
public sealed class CliException(string message, int exitCode = ExitCodes.BadInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
