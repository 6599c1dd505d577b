using AidAnalysis.Rendering;

namespace AidAnalysis.Tests.Brief;

/// <summary>A brief killed with SIGKILL leaves no browser running, and its profile folder is removed by the next run.</summary>
public sealed class ParentDeathFactAttribute : FactAttribute
{
    public ParentDeathFactAttribute()
    {
        if (!ChromiumProcess.DiesWithParent) Skip = "needs Linux with setpriv (util-linux) for the parent-death signal";
        else
        {
            try { BrowserLocator.Locate(); }
            catch (BrowserNotFoundException e) { Skip = e.Message; }
        }
    }
}

/// <summary>Uses a shell script as a stand-in browser, so it needs a Unix shell, not a browser.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "uses a /bin/sh script as a stand-in browser (Linux only)";
    }
}

[Collection("browser")]
public class KilledBriefTests
{
    [ParentDeathFact]
    public async Task Killing_brief_kills_its_browser_and_the_next_run_removes_its_profile()
    {
        var dir = Directory.CreateTempSubdirectory("aid-kill-").FullName;
        try
        {
            using var cli = BuiltCli.Start(BuiltCli.CommandLine("brief", TestSupport.SampleArticle, "-o", Path.Combine(dir, "b.pdf")));
            var browser = await WaitForBrowserAsync(cli.Id, TimeSpan.FromSeconds(90));
            var tree = ProcTable.Descendants(cli.Id);
            Assert.NotEmpty(tree);
            // Chromium's own temporary files (its lock folder, which a killed browser leaves) are inside the profile.
            Assert.StartsWith(browser.ProfileFolder + "/", ProcTable.Environment(browser.Pid)["TMPDIR"]);

            cli.Kill(); // SIGKILL to the CLI alone: nothing gets a chance to clean up.
            await cli.WaitForExitAsync();

            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (tree.Any(ProcTable.IsRunning) && DateTime.UtcNow < deadline) await Task.Delay(100);
            Assert.Empty(tree.Where(ProcTable.IsRunning).Select(p => $"{p.Pid} {p.Command}"));

            var profile = browser.ProfileFolder;
            Assert.NotNull(profile);
            using (ProfileFolder.Create()) { }
            Assert.False(Directory.Exists(profile), $"{profile} survived the next run");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [LinuxFact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task A_browser_that_fails_to_start_leaves_no_profile_folder()
    {
        var dir = Directory.CreateTempSubdirectory("aid-fail-").FullName;
        try
        {
            // A stand-in browser that notes the profile it was given, then fails as a broken install would.
            var fake = Path.Combine(dir, "broken-browser");
            var noted = Path.Combine(dir, "profile.txt");
            File.WriteAllText(fake, $"#!/bin/sh\nfor a in \"$@\"; do case \"$a\" in --user-data-dir=*) printf %s \"${{a#--user-data-dir=}}\" > '{noted}';; esac; done\necho 'cannot open display' >&2\nexit 3\n");
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

            var error = await Assert.ThrowsAsync<BrowserLaunchException>(() => ChromiumSession.StartAsync(fake));

            Assert.True(error.Message.Contains("cannot open display"), error.Message);
            var profile = File.ReadAllText(noted);
            Assert.StartsWith(ProfileFolder.Parent, profile);
            Assert.False(Directory.Exists(profile), $"{profile} was left behind");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static async Task<ProcTable.Entry> WaitForBrowserAsync(int cliPid, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            // Wait for a renderer too, so the whole family of helper processes exists when the CLI dies.
            var tree = ProcTable.Descendants(cliPid);
            var browser = tree.FirstOrDefault(p => p.ProfileFolder is not null);
            if (browser is not null && tree.Any(p => p.Command.Contains("--type=renderer", StringComparison.Ordinal))) return browser;
            await Task.Delay(200);
        }
        throw new TimeoutException("the brief's browser did not start");
    }
}
