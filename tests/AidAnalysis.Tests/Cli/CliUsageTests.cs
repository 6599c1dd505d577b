using System.Diagnostics;

namespace AidAnalysis.Tests.Cli;

/// <summary>A newcomer's mistakes: each gets one line that says what would have worked.</summary>
[Collection("console")]
public sealed class CliUsageTests
{
    [Theory]
    [InlineData("analyse", "'analyze'")]
    [InlineData("anlyze", "'analyze'")]
    [InlineData("corpus ad", "'add'")]
    [InlineData("corpus qurey", "'query'")]
    [InlineData("analyze SAMPLE --fromat json", "'--format'")]
    [InlineData("brief SAMPLE --papr A4", "'--paper'")]
    public void Typos_get_a_did_you_mean(string command, string suggestion)
    {
        var args = command.Split(' ').Select(a => a == "SAMPLE" ? TestSupport.SampleArticle : a).Append("x.txt").ToArray();
        var (code, stdout, stderr) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains($"did you mean {suggestion}?", stderr);
    }

    [Theory]
    [InlineData("brief")]
    [InlineData("corpus report")]
    public void An_unknown_paper_size_lists_the_valid_ones(string command)
    {
        string[] input = command == "brief" ? [TestSupport.SampleArticle] : [];
        var (code, _, stderr) = CliRunner.Run([.. command.Split(' '), .. input, "--paper", "A5"]);
        Assert.Equal(2, code);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("A4 or Letter", stderr);
        Assert.DoesNotContain("AidAnalysis.", stderr);
    }

    [Fact]
    public void Bench_help_lists_every_benchmark()
    {
        var (code, stdout, _) = CliRunner.Run("bench", "--help");
        Assert.Equal(0, code);
        foreach (var name in new[] { "extract", "scaling", "brief", "corpus", "notebook", "hostile" }) Assert.Contains(name, stdout);
    }

    [AidAnalysis.Tests.Reliability.LinuxFact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task Run_script_asks_the_cli_for_a_browser_instead_of_looking_for_chromium_on_the_path()
    {
        var stubs = Directory.CreateTempSubdirectory("aid-runsh-").FullName;
        try
        {
            var log = Path.Combine(stubs, "calls.log");
            // dotnet: records its arguments and succeeds (browser-path prints a Chrome that is not called chromium).
            File.WriteAllText(Path.Combine(stubs, "dotnet"),
                $"#!/bin/sh\necho \"dotnet $*\" >> '{log}'\ncase \"$*\" in *browser-path*) echo /opt/google/chrome/chrome;; esac\nexit 0\n");
            File.WriteAllText(Path.Combine(stubs, "apt-get"), $"#!/bin/sh\necho \"apt-get $*\" >> '{log}'\nexit 1\n");
            foreach (var stub in new[] { "dotnet", "apt-get" }) File.SetUnixFileMode(Path.Combine(stubs, stub), UnixFileMode.UserRead | UnixFileMode.UserExecute);
            foreach (var tool in new[] { "dirname", "id" })
                File.CreateSymbolicLink(Path.Combine(stubs, tool), new[] { "/usr/bin/" + tool, "/bin/" + tool }.First(File.Exists));
            var start = new ProcessStartInfo("/bin/bash", [Path.Combine(TestSupport.RepositoryRoot, "run.sh")])
            {
                RedirectStandardError = true, RedirectStandardOutput = true,
            };
            start.Environment["PATH"] = stubs; // no chromium anywhere on it
            start.Environment.Remove("AID_BROWSER");
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"run.sh exit {process.ExitCode}: {await stderr}");
            var calls = File.ReadAllText(log);
            Assert.DoesNotContain("apt-get", calls);
            Assert.Contains("browser-path", calls);
            Assert.Contains(" brief ", calls);
        }
        finally
        {
            Directory.Delete(stubs, recursive: true);
        }
    }
}
