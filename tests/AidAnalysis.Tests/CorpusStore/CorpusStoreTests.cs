using System.Diagnostics;
using AidAnalysis.Corpus;
using AidAnalysis.Loading;
using AidAnalysis.Model;
using AidAnalysis.Synthetic;
using AidAnalysis.Totals;

namespace AidAnalysis.Tests.CorpusStoreTests;

[Collection("console")]
public sealed class CorpusStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aid-corpus-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Db => Path.Combine(_dir, "corpus.duckdb");

    private string WriteGenerated(int count, int seed)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, $"articles-{seed}")).FullName;
        foreach (var article in new SyntheticArticles(seed).Generate(count))
            File.WriteAllText(Path.Combine(folder, article.Name + ".txt"), article.Text);
        return folder;
    }

    [Fact]
    public void Adding_the_same_articles_again_changes_nothing()
    {
        var folder = WriteGenerated(30, 1);
        var ingest = new CorpusIngest(TestSupport.Pipeline, new ArticleLoader()) { BatchSize = 7 };
        using var store = CorpusStore.Open(Db);
        var first = ingest.Add(store, CorpusIngest.Enumerate([folder]));
        var counts = new[] { "articles", "funding", "actors", "claims", "aid_items" }.Select(store.Count).ToArray();
        var second = ingest.Add(store, CorpusIngest.Enumerate([folder]));
        Assert.Equal((30, 0), (first.Added, first.AlreadyStored));
        Assert.Equal((0, 30), (second.Added, second.AlreadyStored));
        Assert.Equal(counts, new[] { "articles", "funding", "actors", "claims", "aid_items" }.Select(store.Count).ToArray());
        Assert.Equal(60, counts[1]);
    }

    [Fact]
    public void Tables_come_back_as_dataframes_with_article_metadata()
    {
        using var store = CorpusStore.Open(Db);
        store.Add([TestSupport.Pipeline.Analyze(new ArticleLoader().Load(TestSupport.SampleArticle))]);
        var funding = store.Table("funding");
        Assert.Equal(2, funding.Rows.Count);
        Assert.Contains("article_title", funding.Columns.Select(c => c.Name));
        Assert.IsType<Microsoft.Data.Analysis.DoubleDataFrameColumn>(funding.Columns["value"]);
        Assert.Equal(6_000_000d, funding.Columns["value"][0]);
    }

    [Fact]
    public void The_same_figure_from_several_articles_is_one_fact_with_every_source()
    {
        StoredFigure Figure(string article, double value, string? donor = "Japan", int? year = 2024) =>
            new(article, "F1", "$" + value, value, "USD", value, donor, "Ukraine", null, AidType.Financial, year, FundingStatus.Pledged, "ctx", null);
        var facts = FactReconciler.Reconcile(
        [
            Figure("a", 3_000_000_000), Figure("b", 3_020_000_000), Figure("c", 3_000_000_000, year: 2025),
            Figure("d", 3_000_000_000, donor: "Korea"), Figure("e", 3_500_000_000),
        ]);
        Assert.Equal(4, facts.Count);
        var reconciled = facts.Single(f => f.Sources.Count == 2);
        Assert.Equal(["a", "b"], reconciled.Sources.Order());
        Assert.Equal(3_010_000_000, reconciled.ValueUsd, 0);
    }

    [Fact]
    public void A_killed_add_leaves_a_consistent_store_and_the_rerun_completes_without_duplicates()
    {
        var folder = WriteGenerated(6000, 2);
        var (aid, exe) = Cli();
        using (var process = Process.Start(new ProcessStartInfo(exe, [aid, "corpus", "add", folder, "--db", Db, "--batch-size", "20"])
               { RedirectStandardError = true, RedirectStandardOutput = true })!)
        {
            // Kill once at least two batches are committed, in the middle of the run.
            var committed = 0;
            while (committed < 100 && process.StandardError.ReadLine() is { } line)
                if (line.StartsWith("committed ", StringComparison.Ordinal)) committed = int.Parse(line.Split(' ', '/')[1]);
            Assert.False(process.HasExited, "the add finished before it could be interrupted");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        using (var store = CorpusStore.Open(Db, readOnly: true))
        {
            var articles = store.Count("articles");
            Assert.InRange(articles, 100, 5999);
            var orphans = store.Query("SELECT count(*) AS n FROM funding WHERE article_id NOT IN (SELECT article_id FROM articles)");
            Assert.Equal(0L, orphans.Columns["n"][0]);
        }

        var rerun = Run(aid, exe, "corpus", "add", folder, "--db", Db);
        Assert.Equal(0, rerun.ExitCode);
        using var final = CorpusStore.Open(Db, readOnly: true);
        Assert.Equal(6000, final.Count("articles"));
        Assert.Equal(12000, final.Count("funding"));
        var duplicates = final.Query("SELECT count(*) AS n FROM (SELECT article_id, id FROM funding GROUP BY ALL HAVING count(*) > 1)");
        Assert.Equal(0L, duplicates.Columns["n"][0]);
    }

    [Fact]
    public void A_second_writer_fails_clearly_instead_of_corrupting_the_store()
    {
        var folder = WriteGenerated(3, 3);
        var (aid, exe) = Cli();
        using var holder = CorpusStore.Open(Db);
        var result = Run(aid, exe, "corpus", "add", folder, "--db", Db);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("in use by another process", result.Stderr);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    /// <summary>The CLI built next to the tests (same configuration), run as a separate process.</summary>
    private static (string Aid, string Exe) Cli()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var aid = Path.Combine(TestSupport.RepositoryRoot, "src", "AidAnalysis.Cli", "bin", configuration, "net10.0", "aid.dll");
        Assert.True(File.Exists(aid), $"{aid} not built");
        return (aid, Environment.ProcessPath ?? "dotnet");
    }

    private static (int ExitCode, string Stderr) Run(string aid, string exe, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(exe, [aid, .. args]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stderr.Result);
    }
}
