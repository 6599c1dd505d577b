using System.Text.Json;
using AidAnalysis.Corpus;
using AidAnalysis.Loading;
using AidAnalysis.Tests.Cli;
using DuckDB.NET.Data;

namespace AidAnalysis.Tests.CorpusStoreTests;

/// <summary>`corpus query` sees only the corpus; a corrupt database is bad input everywhere; exports keep types;
/// `corpus add` takes publication dates.</summary>
[Collection("console")]
public sealed class CorpusCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aid-corpus-cli-").FullName;

    public CorpusCliTests()
    {
        using var store = CorpusStore.Open(Db);
        store.Add([TestSupport.Pipeline.Analyze(new ArticleLoader().Load(TestSupport.SampleArticle))]);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Db => Path.Combine(_dir, "corpus.duckdb");

    private static void AssertOneLineError((int ExitCode, string Stdout, string Stderr) run, string expected)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.StartsWith("error: ", run.Stderr);
        Assert.Contains(expected, run.Stderr);
    }

    [Theory]
    [InlineData("COPY funding TO 'OUT/copy.csv'")]
    [InlineData("EXPORT DATABASE 'OUT/export'")]
    [InlineData("SELECT * FROM read_text('/etc/passwd')")]
    [InlineData("SELECT * FROM read_csv('/etc/passwd')")]
    [InlineData("SELECT * FROM glob('/etc/*')")]
    [InlineData("ATTACH 'OUT/other.duckdb'")]
    [InlineData("INSTALL httpfs")]
    [InlineData("LOAD httpfs")]
    [InlineData("SET custom_extension_repository = 'http://127.0.0.1:9/'")]
    [InlineData("SET enable_external_access = true")]
    public void Queries_cannot_reach_files_extensions_or_settings(string sql)
    {
        var outside = Directory.CreateDirectory(Path.Combine(_dir, "outside")).FullName;
        var run = CliRunner.Run("corpus", "query", sql.Replace("OUT", outside), "--db", Db);
        AssertOneLineError(run, "statement 1 failed");
        Assert.Empty(Directory.GetFileSystemEntries(outside));
    }

    [Fact]
    public void The_error_of_a_later_statement_is_reported()
    {
        var run = CliRunner.Run("corpus", "query", "SELECT 41 + 1 AS answer; SELECT no_such_column FROM funding", "--db", Db, "--format", "csv");
        AssertOneLineError(run, "statement 2 failed");
        Assert.Equal(["answer", "42"], run.Stdout.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ;  ")]
    [InlineData("-- only a comment")]
    public void An_empty_query_says_so(string sql)
    {
        AssertOneLineError(CliRunner.Run("corpus", "query", sql, "--db", Db), "empty query");
    }

    [Fact]
    public void Rows_are_bounded_and_the_total_is_told()
    {
        var (code, stdout, stderr) = CliRunner.Run("corpus", "query", "SELECT range AS n FROM range(5000)", "--db", Db, "--format", "csv");
        Assert.Equal(0, code);
        Assert.Equal(1001, stdout.Trim().Split('\n').Length);
        Assert.Contains("showing 1,000 of 5,000 rows", stderr);
        var small = CliRunner.Run("corpus", "query", "SELECT range AS n FROM range(5000)", "--db", Db, "--format", "csv", "--max-rows", "3");
        Assert.Equal(["n", "0", "1", "2"], small.Stdout.Trim().Split('\n'));
    }

    [Fact]
    public void Json_output_is_an_array_of_typed_rows()
    {
        var (code, stdout, _) = CliRunner.Run("corpus", "query", "SELECT amount_text, value FROM funding ORDER BY value", "--db", Db, "--format", "json");
        Assert.Equal(0, code);
        var rows = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(2, rows.GetArrayLength());
        Assert.Equal(JsonValueKind.Number, rows[0].GetProperty("value").ValueKind);
    }

    /// <summary>Overwrites the data blocks but not the header, so the file opens and fails only when rows are read.</summary>
    private void CorruptDataBlocks()
    {
        using var file = new FileStream(Db, FileMode.Open, FileAccess.Write);
        var (from, to) = (file.Length / 6, file.Length - file.Length / 32);
        file.Position = from;
        file.Write(Enumerable.Repeat((byte)0xFF, (int)(to - from)).ToArray());
    }

    [Theory]
    [InlineData("add")]
    [InlineData("report")]
    [InlineData("query")]
    [InlineData("export")]
    public void A_corrupt_database_is_bad_input_for_every_command(string command)
    {
        CorruptDataBlocks();
        var articles = Directory.CreateDirectory(Path.Combine(_dir, "new")).FullName;
        File.WriteAllText(Path.Combine(articles, "n.txt"), "Relief for Moldova\n\nThe Danish government pledged $4 million to Moldova.\n");
        string[] args = command switch
        {
            "add" => ["corpus", "add", articles],
            // A browser that does not exist: the database must be refused before any browser is looked for.
            "report" => ["corpus", "report", "-o", Path.Combine(_dir, "r.pdf"), "--browser", "/nonexistent/chromium"],
            "query" => ["corpus", "query", "SELECT * FROM funding"],
            _ => ["corpus", "export", "--csv", Path.Combine(_dir, "csv")],
        };
        var run = CliRunner.Run([.. args, "--db", Db]);
        AssertOneLineError(run, Db);
        Assert.DoesNotContain("browser", run.Stderr);
    }

    [Fact]
    public void Parquet_export_keeps_figure_year_an_integer_with_undated_rows_null()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "years")).FullName;
        File.WriteAllText(Path.Combine(folder, "dated.txt"), "Aid for 2025\n\nIn 2025 the Danish government will give $4 million to Moldova.\n");
        File.WriteAllText(Path.Combine(folder, "undated.txt"), "Aid again\n\nThe Danish government pledged $3 million to Moldova.\n");
        Assert.Equal(0, CliRunner.Run("corpus", "add", folder, "--db", Db).ExitCode);
        var export = Path.Combine(_dir, "parquet");
        Assert.Equal(0, CliRunner.Run("corpus", "export", "--parquet", export, "--db", Db).ExitCode);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT DISTINCT typeof(figure_year), figure_year IS NULL FROM read_parquet('{export}/funding/**/*.parquet', hive_partitioning = true)";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, bool)>();
        while (reader.Read()) rows.Add((reader.GetString(0), reader.GetBoolean(1)));
        Assert.All(rows, r => Assert.Contains(r.Item1, new[] { "BIGINT", "INTEGER" }));
        Assert.Contains(rows, r => r.Item2);
        Assert.Contains(rows, r => !r.Item2);
    }

    [Fact]
    public void Corpus_add_takes_dates_from_published_or_a_sources_file()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "dated")).FullName;
        File.WriteAllText(Path.Combine(folder, "one.txt"), "Relief one\n\nThe Danish government pledged $4 million to Moldova.\n");
        File.WriteAllText(Path.Combine(folder, "two.txt"), "Relief two\n\nThe Norwegian government pledged $2 million to Moldova.\n");
        var sources = Path.Combine(_dir, "SOURCES.md");
        File.WriteAllText(sources, "# Sources\n\n- one.txt | Example Wire | 2023-05-01 | archive | none\n- two.txt | Example Post | 2022-02-03 | archive | none\n");
        Assert.Equal(0, CliRunner.Run("corpus", "add", folder, "--db", Db, "--sources", sources).ExitCode);
        var byTitle = CliRunner.Run("corpus", "query", "SELECT title, published FROM articles WHERE title LIKE 'Relief%' ORDER BY title", "--db", Db, "--format", "csv");
        Assert.Contains("Relief one,", byTitle.Stdout);
        Assert.Contains("2023", byTitle.Stdout.Split('\n').Single(l => l.StartsWith("Relief one", StringComparison.Ordinal)));
        Assert.Contains("2022", byTitle.Stdout.Split('\n').Single(l => l.StartsWith("Relief two", StringComparison.Ordinal)));

        var other = Directory.CreateDirectory(Path.Combine(_dir, "other")).FullName;
        File.WriteAllText(Path.Combine(other, "three.txt"), "Relief three\n\nThe Swedish government pledged $1 million to Moldova.\n");
        Assert.Equal(0, CliRunner.Run("corpus", "add", other, "--db", Db, "--published", "2021-07-08").ExitCode);
        var three = CliRunner.Run("corpus", "query", "SELECT strftime(published, '%Y-%m-%d') AS d FROM articles WHERE title = 'Relief three'", "--db", Db, "--format", "csv");
        Assert.Equal(["d", "2021-07-08"], three.Stdout.Trim().Split('\n'));
    }

    [Fact]
    public void Export_to_a_file_or_an_unwritable_place_names_the_path_given()
    {
        var file = Path.Combine(_dir, "taken");
        File.WriteAllText(file, "x");
        AssertOneLineError(CliRunner.Run("corpus", "export", "--parquet", file, "--db", Db), $"{file}: is a file");
        if (!OperatingSystem.IsLinux()) return;
        // /sys refuses new entries even to root, for whom permission bits do not count.
        var run = CliRunner.Run("corpus", "export", "--csv", "/sys/kernel/aid-export", "--db", Db);
        AssertOneLineError(run, "/sys/kernel/aid-export: cannot write there");
        Assert.DoesNotContain(".tmp", run.Stderr);
    }
}
