using System.Diagnostics;

namespace AidAnalysis.Rendering;

/// <summary>
/// The browser's throw-away profile. All profiles live in one folder per user under the temporary
/// directory, named after the process that owns them (pid and start time), so a run killed before it
/// could clean up is recognised and its profile removed by the next run. The browser's own temporary
/// files (its single-instance lock among them) go in a folder inside the profile, so they go with it.
/// </summary>
public sealed class ProfileFolder : IDisposable
{
    private ProfileFolder(string path) => Path = path;

    public string Path { get; }

    /// <summary>Chromium puts a Unix socket at TMPDIR/org.chromium.Chromium.XXXXXX/SingletonSocket, and socket
    /// paths end at 107 bytes: a longer temporary folder would stop the browser from starting.</summary>
    private const int LongestTempFolder = 107 - 46;

    /// <summary>The browser's temporary folder (its TMPDIR), or null when the profile's path is too long for one.</summary>
    public string? TempFolder => System.IO.Path.Combine(Path, "t") is var folder && System.Text.Encoding.UTF8.GetByteCount(folder) <= LongestTempFolder ? folder : null;

    /// <summary>The folder that holds every profile of this user.</summary>
    public static string Parent =>
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"aid-chromium-{Environment.UserName}");

    /// <summary>Removes the profiles of processes that no longer run, then creates one for this process.</summary>
    public static ProfileFolder Create()
    {
        var parent = OperatingSystem.IsWindows()
            ? Directory.CreateDirectory(Parent).FullName
            : Directory.CreateDirectory(Parent, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute).FullName;
        RemoveStale(parent);
        var owner = OwnerTag(Environment.ProcessId) ?? $"{Environment.ProcessId}-0";
        var profile = new ProfileFolder(Directory.CreateDirectory(System.IO.Path.Combine(parent, $"{owner}-{Guid.NewGuid().ToString("N")[..8]}")).FullName);
        if (profile.TempFolder is { } temp) Directory.CreateDirectory(temp);
        return profile;
    }

    public void Dispose() => TryDelete(Path);

    private static void RemoveStale(string parent)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent))
        {
            var name = System.IO.Path.GetFileName(folder);
            var dash = name.LastIndexOf('-');
            if (dash <= 0 || !int.TryParse(name.AsSpan(0, name.IndexOf('-')), out var pid)) continue;
            if (OwnerTag(pid) != name[..dash]) TryDelete(folder);
        }
    }

    /// <summary>"pid-starttime": the start time tells a live owner from a later process that reused its pid.</summary>
    private static string? OwnerTag(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return $"{pid}-{process.StartTime.ToUniversalTime().Ticks / TimeSpan.TicksPerSecond}";
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return null;
        }
    }

    private static void TryDelete(string folder)
    {
        // The browser may still be flushing files while it exits: one retry after a short pause.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(200);
            }
        }
    }
}
