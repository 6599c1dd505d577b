using AidAnalysis.Corpus;
using AidAnalysis.Model;
using AidAnalysis.Tables.Rows;
using AidAnalysis.Tables;
using AidAnalysis.Tests.Cli;
using AidAnalysis.Tests.Tables;
using AidAnalysis.Totals;
using DuckDB.NET.Data;

namespace AidAnalysis.Tests.CorpusStoreTests;

/// <summary>The corpus tables, what the appender writes and what comes back agree with the row declarations; a corpus file
/// written with other tables (before the declarations) is refused with a one-line "rebuild the corpus" error.</summary>
[Collection("console")]
public sealed class CorpusRowTablesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aid-corpus-rows-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Db => Path.Combine(_dir, "corpus.duckdb");

    [Fact]
    public void Each_table_has_the_declared_columns_types_and_nullability()
    {
        using (CorpusStore.Open(Db)) { }
        using var connection = Connect(Db);
        foreach (var schema in ResultRows.All)
        {
            var columns = Rows(connection, $"SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = '{schema.Name}' ORDER BY ordinal_position");
            Assert.Equal([(IRowSchema.ArticleKey, "VARCHAR", "NO"), .. schema.Columns.Select(c => (c.Name, CorpusSchema.SqlType(c.Kind), c.Nullable ? "YES" : "NO"))],
                columns.Select(c => ((string)c[0]!, (string)c[1]!, (string)c[2]!)));
        }
    }

    [Fact]
    public void Stored_rows_read_back_as_the_same_dataframes_and_figures_the_analyses_give()
    {
        var analyses = RowDeclarationTests.Analyses();
        using var store = CorpusStore.Open(Db);
        store.Add(analyses);
        // The corpus orders articles by publication date: undated (the sample) last.
        var ordered = analyses.OrderBy(a => a.Article.Metadata.Published is null).ToList();
        foreach (var schema in ResultRows.All)
            DeclaredFrames.AssertMatches(schema, store.Table(schema.Name), ordered);
        var expected = ordered.SelectMany(a => a.Funding.Where(f => f.ConvertedFromId is null && f.Value is not null).Select(f =>
            (a.Article.Id, f.Id, f.Value, f.Status, f.Counted, f.PartOfId, f.Context.Of(a.Article.Text), a.Article.Metadata.Published)));
        Assert.Equal(expected, StoredFigures.Read(store).Select(f => (f.ArticleId, f.Id, (double?)f.Value, f.Status, f.Counted, f.PartOf, f.Context, f.Published)));
    }

    [Fact]
    public void A_corpus_written_before_the_row_declarations_is_refused_with_a_one_line_rebuild_error()
    {
        using (var connection = Connect(Db))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = OldTables + "INSERT INTO articles (article_id, title) VALUES ('a', 'An article');";
            command.ExecuteNonQuery();
        }
        foreach (var open in new Func<CorpusStore>[] { () => CorpusStore.Open(Db), () => CorpusStore.Open(Db, readOnly: true), () => CorpusStore.OpenForQueries(Db) })
        {
            var error = Assert.Throws<CorpusException>(open);
            Assert.Contains("rebuild the corpus", error.Message);
            Assert.DoesNotContain('\n', error.Message);
        }
        var run = CliRunner.Run("corpus", "query", "SELECT count(*) FROM funding", "--db", Db);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.Contains("rebuild the corpus", run.Stderr);
    }

    [Fact]
    public void A_corpus_whose_recorded_tables_differ_is_refused_and_a_current_one_reopens()
    {
        using (CorpusStore.Open(Db)) { }
        using (CorpusStore.Open(Db, readOnly: true)) { }
        using (var connection = Connect(Db))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"UPDATE {CorpusSchema.VersionTable} SET fingerprint = 'another'";
            command.ExecuteNonQuery();
        }
        Assert.Contains("rebuild the corpus", Assert.Throws<CorpusException>(() => CorpusStore.Open(Db)).Message);
    }

    /// <summary>The corpus tables as the version before the row declarations created them.</summary>
    private const string OldTables = """
        CREATE TABLE articles (article_id VARCHAR PRIMARY KEY, title VARCHAR, source VARCHAR, author VARCHAR, published DATE,
            url VARCHAR, origin VARCHAR, chars INTEGER, added_at TIMESTAMP);
        CREATE TABLE funding (article_id VARCHAR, id VARCHAR, amount_text VARCHAR, value DOUBLE, value_high DOUBLE, currency VARCHAR,
            value_usd DOUBLE, fx_year INTEGER, donor VARCHAR, recipient VARCHAR, channel VARCHAR, purpose VARCHAR,
            aid_type VARCHAR, year INTEGER, status VARCHAR, is_total BOOLEAN, converted_from VARCHAR,
            span_start INTEGER, span_end INTEGER, context VARCHAR, part_of VARCHAR, counted BOOLEAN);
        CREATE TABLE actors (article_id VARCHAR, id VARCHAR, name VARCHAR, kind VARCHAR, role VARCHAR, affiliation VARCHAR,
            mentions INTEGER, span_start INTEGER, span_end INTEGER);
        CREATE TABLE claims (article_id VARCHAR, id VARCHAR, speaker VARCHAR, speaker_kind VARCHAR, kind VARCHAR, cue VARCHAR,
            text VARCHAR, hedged BOOLEAN, negated BOOLEAN, span_start INTEGER, span_end INTEGER);
        CREATE TABLE aid_items (article_id VARCHAR, id VARCHAR, item VARCHAR, category VARCHAR, lethal BOOLEAN, status VARCHAR,
            provider VARCHAR, recipient VARCHAR, span_start INTEGER, span_end INTEGER);

        """;

    private static DuckDBConnection Connect(string path)
    {
        var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        return connection;
    }

    private static List<object?[]> Rows(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }
        return rows;
    }
}
