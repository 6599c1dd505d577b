using System.ComponentModel;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace AidAnalysis.Rendering;

/// <summary>
/// The browser process, started so that it cannot outlive this one. On Linux it is started through
/// util-linux's <c>setpriv --pdeathsig KILL</c>; the kernel sends that signal when the thread that
/// started the child ends (not the process), so the start happens on a thread of its own that lives
/// as long as the browser. The browser's helper processes exit when their browser is gone.
/// </summary>
public sealed partial class ChromiumProcess : IDisposable
{
    private static readonly string[] SetprivPaths = ["/usr/bin/setpriv", "/bin/setpriv"];
    private const int StderrLinesKept = 6;

    private readonly Process _process;
    private readonly ManualResetEventSlim _ownerRelease;
    private readonly TaskCompletionSource<string> _endpoint = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Queue<string> _stderrTail = new();
    private readonly TaskCompletionSource _stderrClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChromiumProcess(Process process, ManualResetEventSlim ownerRelease)
    {
        _process = process;
        _ownerRelease = ownerRelease;
    }

    public int Id => _process.Id;

    /// <summary>True when the kernel kills the browser if this process dies (Linux with setpriv).</summary>
    public static bool DiesWithParent => OperatingSystem.IsLinux() && SetprivPaths.Any(File.Exists);

    /// <summary>Starts the browser (with <paramref name="tempFolder"/>, when given, as its TMPDIR) and waits for its
    /// DevTools endpoint (a ws:// address on loopback).</summary>
    public static async Task<(ChromiumProcess Process, string Endpoint)> StartAsync(
        string executable, IReadOnlyList<string> arguments, string? tempFolder, TimeSpan timeout)
    {
        var info = StartInfo(executable, arguments);
        if (tempFolder is not null) info.Environment["TMPDIR"] = tempFolder;
        var ownerRelease = new ManualResetEventSlim();
        var started = new TaskCompletionSource<Process>(TaskCreationOptions.RunContinuationsAsynchronously);
        var owner = new Thread(() =>
        {
            try
            {
                started.SetResult(Process.Start(info)!);
            }
            catch (Exception e)
            {
                // The owner thread's only job is to start the browser: every failure goes back to the caller.
                started.SetException(new BrowserLaunchException($"browser '{executable}' could not be started: {e.Message}"));
                return;
            }
            ownerRelease.Wait();
        }) { IsBackground = true, Name = "browser owner" };
        owner.Start();

        var browser = new ChromiumProcess(await started.Task, ownerRelease);
        try
        {
            return (browser, await browser.WaitForEndpointAsync(executable, timeout));
        }
        catch
        {
            browser.Dispose();
            throw;
        }
    }

    /// <summary>Gives the browser a moment to exit by itself after it was asked to close.</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try { await _process.WaitForExitAsync(cancel.Token); }
        catch (OperationCanceledException) { }
    }

    /// <summary>Kills what is left of the browser, and lets the owner thread end. Its helper processes exit when their
    /// browser is gone (as after the parent-death signal); killing the whole tree would have .NET read every process
    /// of the machine under /proc, several times, which took seconds on a busy machine.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit(5_000);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception)
        {
            // Already gone.
        }
        _ownerRelease.Set();
        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string executable, IReadOnlyList<string> arguments)
    {
        var setpriv = OperatingSystem.IsLinux() ? SetprivPaths.FirstOrDefault(File.Exists) : null;
        var info = new ProcessStartInfo(setpriv ?? executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (setpriv is not null)
            foreach (var prefix in new[] { "--pdeathsig", "KILL", "--", executable }) info.ArgumentList.Add(prefix);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        return info;
    }

    private async Task<string> WaitForEndpointAsync(string executable, TimeSpan timeout)
    {
        _process.EnableRaisingEvents = true;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, e) => OnStderrLine(e.Data);
        void ExitedBeforeReady()
        {
            // The last lines of stderr may arrive after the exit: wait for its end (briefly), so the error can quote them.
            _stderrClosed.Task.Wait(TimeSpan.FromSeconds(2));
            _endpoint.TrySetException(new BrowserLaunchException($"browser '{executable}' exited before it was ready: {StderrTail()}"));
        }
        _process.Exited += (_, _) => ExitedBeforeReady();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        // A browser that fails at once may be gone before the handler was attached.
        if (_process.HasExited) ExitedBeforeReady();
        try
        {
            return await _endpoint.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new BrowserLaunchException($"browser '{executable}' did not start within {timeout.TotalSeconds:0} s: {StderrTail()}");
        }
    }

    private void OnStderrLine(string? line)
    {
        if (line is null)
        {
            _stderrClosed.TrySetResult();
            return;
        }
        var match = DevToolsLine().Match(line);
        if (match.Success) _endpoint.TrySetResult(match.Groups[1].Value);
        lock (_stderrTail)
        {
            _stderrTail.Enqueue(line);
            if (_stderrTail.Count > StderrLinesKept) _stderrTail.Dequeue();
        }
    }

    private string StderrTail()
    {
        lock (_stderrTail) return _stderrTail.Count == 0 ? "no output" : string.Join(" | ", _stderrTail);
    }

    [GeneratedRegex(@"^DevTools listening on (ws://\S+)")]
    private static partial Regex DevToolsLine();
}

public sealed class BrowserLaunchException(string message) : Exception(message);
