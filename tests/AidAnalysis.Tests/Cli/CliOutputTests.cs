namespace AidAnalysis.Tests.Cli;

/// <summary>Where outputs go: never two inputs onto one file, and errors that name the path the user gave.</summary>
[Collection("console")]
public sealed class CliOutputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aid-outputs-").FullName;

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
            foreach (var d in Directory.GetDirectories(_dir, "*", SearchOption.AllDirectories)) File.SetUnixFileMode(d, (UnixFileMode)0b111_111_101);
        Directory.Delete(_dir, recursive: true);
    }

    private string Article(string relative, string text = "Relief for Moldova\n\nThe Danish government pledged $4 million to Moldova.\n")
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public void Inputs_sharing_a_stem_are_refused_before_anything_is_written(string format)
    {
        var a = Article("a/x.txt");
        var b = Article("b/x.txt", "Other news\n\nNorway pledged $2 million.\n");
        var md = Article("x.md", "# Third\n\nSweden pledged $1 million.\n");
        var output = Path.Combine(_dir, "out");
        var (code, _, stderr) = CliRunner.Run("analyze", a, b, md, "--format", format, "--out", output);
        Assert.Equal(2, code);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains(a, stderr);
        Assert.Contains(b, stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Inputs_with_distinct_stems_each_get_their_output()
    {
        var output = Path.Combine(_dir, "out");
        var (code, _, _) = CliRunner.Run("analyze", Article("a/x.txt"), Article("b/y.txt"), "--out", output);
        Assert.Equal(0, code);
        Assert.Equal(["x.json", "y.json"], Directory.GetFiles(output).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Out_naming_a_file_says_it_is_a_file()
    {
        var file = Article("taken.txt");
        var (code, _, stderr) = CliRunner.Run("analyze", Article("a.txt"), "--out", file);
        Assert.Equal(2, code);
        Assert.Contains($"{file}: is a file", stderr);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("12/03/2026")]
    [InlineData("March 2026")]
    [InlineData("2026-13-01")]
    public void A_publication_date_not_in_iso_form_is_refused(string date)
    {
        var output = Path.Combine(_dir, "out");
        var (code, _, stderr) = CliRunner.Run("analyze", Article("a.txt"), "--published", date, "--out", output);
        Assert.Equal(2, code);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("is not a date", stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_month_alone_is_read_as_its_fifteenth()
    {
        var (code, stdout, _) = CliRunner.Run("analyze", Article("a.txt"), "--published", "2026-03");
        Assert.Equal(0, code);
        Assert.Contains("\"published\": \"2026-03-15\"", stdout);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void A_size_limit_that_is_not_positive_is_refused(string limit)
    {
        var (code, _, stderr) = CliRunner.Run("analyze", Article("a.txt"), "--max-bytes", limit);
        Assert.Equal(2, code);
        Assert.Contains("is not a size limit", stderr);
    }

    [AidAnalysis.Tests.Reliability.LinuxFact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void An_unwritable_output_folder_is_named_not_the_temporary_file()
    {
        // As root, permissions do not stop writes: /sys refuses new files even to root.
        var folder = Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root" ? "/sys/kernel" : Path.Combine(_dir, "locked");
        if (!folder.StartsWith("/sys", StringComparison.Ordinal))
        {
            Directory.CreateDirectory(folder);
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }
        var (code, _, stderr) = CliRunner.Run("analyze", Article("a.txt"), "--out", folder);
        Assert.Equal(2, code);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.StartsWith($"error: {folder}: cannot write there", stderr);
        Assert.DoesNotContain(".tmp", stderr);
    }

    [Fact]
    public void Title_over_several_files_is_refused_for_analyze()
    {
        var (code, stdout, stderr) = CliRunner.Run("analyze", Article("a.txt"), Article("b.txt"), "--title", "One title");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("--title", stderr);
        Assert.Single(stderr.Trim().Split('\n'));
    }
}

/// <summary>`brief --title` over several files titles the combined brief, not each article. Needs a browser.</summary>
[Collection("console")]
public sealed class BriefTitleCliTests
{
    [AidAnalysis.Tests.Brief.BrowserFact]
    public void Title_over_several_files_names_the_combined_brief_only()
    {
        var dir = Directory.CreateTempSubdirectory("aid-brief-title-").FullName;
        try
        {
            var one = Path.Combine(dir, "one.txt");
            var two = Path.Combine(dir, "two.txt");
            File.WriteAllText(one, "Relief for Moldova\n\nThe Danish government pledged $4 million to Moldova.\n");
            File.WriteAllText(two, "Norway adds funds\n\nThe Norwegian government pledged $2 million to Moldova.\n");
            var pdf = Path.Combine(dir, "combined.pdf");
            var (code, _, stderr) = CliRunner.Run("brief", one, two, "--title", "Moldova aid digest", "-o", pdf, "--html");
            Assert.True(code == 0, stderr);
            var html = File.ReadAllText(Path.ChangeExtension(pdf, ".html"));
            Assert.Contains("Moldova aid digest", html);
            Assert.Contains("Relief for Moldova", html);
            Assert.Contains("Norway adds funds", html);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
