using System.Text.Json;

namespace AidAnalysis.Tests.Cli;

[Collection("console")]
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aid-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Analyze_prints_schema_json_for_the_sample()
    {
        var (code, stdout, _) = CliRunner.Run("analyze", TestSupport.SampleArticle, "--format", "json");
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(2, root.GetProperty("funding").GetArrayLength());
        Assert.Equal("$6 million", root.GetProperty("funding")[0].GetProperty("amount_text").GetString());
    }

    [Fact]
    public void Analyze_writes_one_csv_per_table_and_overrides_metadata()
    {
        var (code, _, _) = CliRunner.Run("analyze", TestSupport.SampleArticle, "--format", "csv", "--out", _dir);
        Assert.Equal(0, code);
        var tables = Directory.GetFiles(Path.Combine(_dir, "00-ukraine-south-korea"), "*.csv").Select(p => Path.GetFileName(p)!).Order().ToArray();
        Assert.Equal(["actors.csv", "aid_items.csv", "checks.csv", "claims.csv", "funding.csv", "mentions.csv"], tables);

        var (code2, stdout, _) = CliRunner.Run("analyze", TestSupport.SampleArticle, "--published", "2024-11-12", "--source", "Caliber.Az", "--title", "T");
        Assert.Equal(0, code2);
        var article = JsonDocument.Parse(stdout).RootElement.GetProperty("article");
        Assert.Equal("2024-11-12", article.GetProperty("published").GetString());
        Assert.Equal("Caliber.Az", article.GetProperty("source").GetString());
        Assert.Equal("T", article.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("empty")]
    [InlineData("binary")]
    [InlineData("utf8")]
    [InlineData("directory")]
    [InlineData("extension")]
    public void Bad_input_exits_2_with_one_line_and_writes_nothing(string kind)
    {
        var input = Path.Combine(_dir, "input");
        Directory.CreateDirectory(input);
        var path = TestSupport.BadInput(input, kind);
        var output = Path.Combine(_dir, "out");
        var (code, stdout, stderr) = CliRunner.Run("analyze", TestSupport.SampleArticle, path, "--out", output);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.StartsWith("error: ", stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var (code, _, stderr) = CliRunner.Run("analyze", TestSupport.SampleArticle, "--colour", "red");
        Assert.Equal(2, code);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Eval_check_fails_below_minimums()
    {
        var gold = Directory.CreateDirectory(Path.Combine(_dir, "gold")).FullName;
        var articles = Directory.CreateDirectory(Path.Combine(_dir, "articles")).FullName;
        File.Copy(TestSupport.SampleArticle, Path.Combine(articles, "sample.txt"));
        File.WriteAllText(Path.Combine(gold, "sample.json"),
            """{"funding":[{"amount_text":"$7 million","value":7000000,"currency":"USD","donor":null,"recipient":null,"aid_type":"unspecified","year":null,"status":"unspecified"}],"actors":[],"claims":[]}""");
        var minimums = Path.Combine(_dir, "min.json");
        File.WriteAllText(minimums, """{"funding_f1": 0.5}""");
        var (code, stdout, stderr) = CliRunner.Run("eval", gold, articles, "--check", "--minimums", minimums);
        Assert.Equal(1, code);
        Assert.Contains("funding_f1", stderr);
        Assert.Contains("funding", stdout);

        File.WriteAllText(minimums, """{"funding_f1": 0.0}""");
        Assert.Equal(0, CliRunner.Run("eval", gold, articles, "--check", "--minimums", minimums).ExitCode);
    }
}

[Collection("console")]
public sealed class BriefCliTests
{
    [Fact]
    public void Brief_without_a_browser_is_a_one_line_error_with_the_install_hint()
    {
        var (code, _, stderr) = CliRunner.Run("brief", TestSupport.SampleArticle, "--browser", "/nonexistent/chromium", "-o", Path.Combine(Path.GetTempPath(), "never.pdf"));
        Assert.Equal(2, code);
        Assert.Contains("apt-get install -y chromium", stderr);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), "never.pdf")));
    }
}
