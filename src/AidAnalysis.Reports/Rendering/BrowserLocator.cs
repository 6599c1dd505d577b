namespace AidAnalysis.Rendering;

/// <summary>Finds the system's Chromium: an explicit path, the AID_BROWSER variable, then the usual install paths.
/// The product never downloads a browser.</summary>
public static class BrowserLocator
{
    public const string EnvironmentVariable = "AID_BROWSER";

    public const string InstallHint = "install it with 'apt-get install -y chromium fonts-liberation2' or set AID_BROWSER to a Chromium or Chrome executable";

    /// <summary>Debian's binary comes before its /usr/bin/chromium launcher: that shell script runs a dozen helper
    /// processes (uname, grep, find, findmnt, ls, expr) on every start and adds flags and Google API keys this
    /// browser must not have (remote extensions), then runs the same binary.</summary>
    private static readonly string[] UsualPaths =
    [
        "/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
        "/snap/bin/chromium", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe",
    ];

    public static string Locate(string? explicitPath = null)
    {
        foreach (var candidate in new[] { explicitPath, Environment.GetEnvironmentVariable(EnvironmentVariable) })
        {
            if (string.IsNullOrWhiteSpace(candidate)) continue;
            return File.Exists(candidate) ? candidate : throw new BrowserNotFoundException($"browser '{candidate}' not found; {InstallHint}");
        }
        return UsualPaths.FirstOrDefault(File.Exists)
            ?? throw new BrowserNotFoundException($"no Chromium browser found; {InstallHint}");
    }
}

public sealed class BrowserNotFoundException(string message) : Exception(message);
