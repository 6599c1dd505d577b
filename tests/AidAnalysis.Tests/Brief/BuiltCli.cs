using System.Diagnostics;

namespace AidAnalysis.Tests.Brief;

/// <summary>The built CLI (aid.dll, copied next to the tests) as a separate process, for tests that must
/// watch or kill the real command and its browser from outside.</summary>
internal static class BuiltCli
{
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "aid.dll");

    /// <summary>The dotnet host that runs the tests (the SDK names it), else the one on the PATH.</summary>
    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>The full command line for <c>aid ARGS</c>: host, assembly, arguments.</summary>
    public static IReadOnlyList<string> CommandLine(params string[] args) => [DotnetHost, Assembly, .. args];

    /// <summary>Runs a command to its end (or kills it after <paramref name="timeout"/>) and returns its exit code and output.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(IReadOnlyList<string> command, TimeSpan timeout)
    {
        using var process = Start(command);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', command)} did not finish within {timeout.TotalSeconds:0} s");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static Process Start(IReadOnlyList<string> command)
    {
        var info = new ProcessStartInfo(command[0])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in command.Skip(1)) info.ArgumentList.Add(argument);
        return Process.Start(info)!;
    }

    /// <summary>True when <paramref name="tool"/> runs (found on the PATH and starts).</summary>
    public static bool Available(string tool, params string[] probeArgs)
    {
        try
        {
            return Run([tool, .. probeArgs], TimeSpan.FromSeconds(10)).ExitCode == 0;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or TimeoutException)
        {
            return false;
        }
    }
}
