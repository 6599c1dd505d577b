using System.Data.Common;
using AidAnalysis.Model;
using DuckDB.NET.Data;
using Microsoft.Data.Analysis;
using AidAnalysis.Tables;

namespace AidAnalysis.Corpus;

/// <summary>
/// An embedded DuckDB store of analyses. Each batch is written with the appender inside one
/// transaction whose last step records the articles, so a crash leaves no partial article and a
/// rerun adds exactly what is missing. DuckDB locks the file: a second writer fails clearly.
/// </summary>
public sealed class CorpusStore : IDisposable
{
    public const string DefaultPath = ".aid/corpus.duckdb";

    private readonly DuckDBConnection _connection;

    private CorpusStore(DuckDBConnection connection) => _connection = connection;

    public string Path { get; private init; } = "";

    /// <summary>DuckDB settings for a user's queries: no file, network or extension access beyond the corpus
    /// itself, and locked so the query cannot turn them back on.</summary>
    private const string Sandbox = ";enable_external_access=false;autoinstall_known_extensions=false;autoload_known_extensions=false"
        + ";allow_community_extensions=false;lock_configuration=true";

    public static CorpusStore Open(string path, bool readOnly = false) => Open(path, readOnly, sandboxed: false);

    /// <summary>Opens the corpus read-only for ad-hoc SQL that sees only the corpus tables: COPY TO, EXPORT,
    /// ATTACH, read_csv/read_text/glob, INSTALL and LOAD all fail.</summary>
    public static CorpusStore OpenForQueries(string path) => Open(path, readOnly: true, sandboxed: true);

    private static CorpusStore Open(string path, bool readOnly, bool sandboxed)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (readOnly && !File.Exists(full)) throw new CorpusException($"{path}: no corpus here yet (run 'corpus add' first)");
        if (Directory.Exists(full)) throw new CorpusException($"{path}: is a folder, not a corpus database file");
        if (!readOnly) Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var connection = new DuckDBConnection($"Data Source={full}" + (readOnly ? ";ACCESS_MODE=READ_ONLY" : "") + (sandboxed ? Sandbox : ""));
        try
        {
            connection.Open();
        }
        catch (Exception e) when (e is DuckDBException or IOException)
        {
            connection.Dispose();
            // "Could not set lock on file ... Conflicting lock is held": not "block", which corruption reports name.
            var reason = e.Message.Contains("Conflicting lock", StringComparison.OrdinalIgnoreCase)
                ? "the corpus is in use by another process; wait for it to finish"
                : e.Message.ReplaceLineEndings(" ");
            throw new CorpusException($"{path}: {reason}");
        }
        var store = new CorpusStore(connection) { Path = full };
        try
        {
            store.CheckSchema(path, readOnly);
        }
        catch (DuckDBException e)
        {
            store.Dispose();
            throw new CorpusException($"{path}: {e.Message.ReplaceLineEndings(" ")}");
        }
        catch (CorpusException)
        {
            store.Dispose();
            throw;
        }
        return store;
    }

    /// <summary>Creates the tables in a new file; refuses a file whose tables were written from another declaration
    /// (an older version of aid), since its columns would be misread.</summary>
    private void CheckSchema(string path, bool readOnly)
    {
        var tables = Read("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'", r => r.GetString(0)).ToHashSet();
        if (tables.Count == 0)
        {
            if (readOnly) throw new CorpusException($"{path}: no corpus here yet (run 'corpus add' first)");
            using var transaction = _connection.BeginTransaction();
            Execute(CorpusSchema.CreateWithVersion);
            transaction.Commit();
            return;
        }
        var fingerprint = tables.Contains(CorpusSchema.VersionTable)
            ? Read($"SELECT fingerprint FROM {CorpusSchema.VersionTable}", r => r.GetString(0)).FirstOrDefault()
            : null;
        if (fingerprint != CorpusSchema.Fingerprint)
            throw new CorpusException($"{path}: written by another version of aid, whose tables differ; rebuild the corpus "
                + "(delete the file and run 'corpus add' again)");
    }

    /// <summary>Reads every row of every table, so a corrupt file is reported before a long job (or a browser) starts.</summary>
    public void CheckReadable()
    {
        try
        {
            foreach (var table in CorpusSchema.Tables) Execute($"SELECT count(hash(t)) FROM {table} t");
        }
        catch (DuckDBException e)
        {
            throw new CorpusException($"{Path}: unreadable corpus database ({e.Message.ReplaceLineEndings(" ")})");
        }
    }

    public IReadOnlySet<string> ArticleIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT article_id FROM articles";
        using var reader = command.ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    public long Count(string table)
    {
        if (!CorpusSchema.Tables.Contains(table)) throw new ArgumentException($"unknown table {table}", nameof(table));
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return Convert.ToInt64(command.ExecuteScalar());
    }

    /// <summary>Adds analyses of articles not yet stored, in one transaction. Returns how many were added.</summary>
    public int Add(IReadOnlyList<ArticleAnalysis> analyses)
    {
        var existing = ArticleIds();
        var fresh = analyses.Where(a => !existing.Contains(a.Article.Id)).DistinctBy(a => a.Article.Id).ToList();
        if (fresh.Count == 0) return 0;
        using var transaction = _connection.BeginTransaction();
        foreach (var schema in CorpusSchema.RowTables) Append(schema, fresh);
        // The articles rows go last: an article counts as stored only with all of its rows.
        using (var appender = _connection.CreateAppender("articles"))
            foreach (var a in fresh)
            {
                var m = a.Article.Metadata;
                appender.CreateRow().AppendValue(a.Article.Id).AppendValue(m.Title).AppendValue(m.Source).AppendValue(m.Author)
                    .AppendValue(m.Published is { } d ? d.ToDateTime(TimeOnly.MinValue) : (DateTime?)null).AppendValue(m.Url)
                    .AppendValue(a.Article.Origin).AppendValue(a.Article.Text.Length).AppendValue(DateTime.UtcNow).EndRow();
            }
        transaction.Commit();
        return fresh.Count;
    }

    /// <summary>Appends every row of <paramref name="schema"/> in the analyses, column by column as declared.</summary>
    private void Append(IRowSchema schema, IReadOnlyList<ArticleAnalysis> analyses)
    {
        using var appender = _connection.CreateAppender(schema.Name);
        foreach (var analysis in analyses)
            foreach (var cells in schema.Rows(analysis))
            {
                var row = appender.CreateRow().AppendValue(analysis.Article.Id);
                for (var i = 0; i < cells.Length; i++)
                    row = schema.Columns[i].TableValue(cells[i]) switch
                    {
                        null => row.AppendNullValue(),
                        string text => row.AppendValue(text),
                        int number => row.AppendValue(number),
                        double number => row.AppendValue(number),
                        bool flag => row.AppendValue(flag),
                        var other => throw new ArgumentException($"{schema.Name}.{schema.Columns[i].Name}: no table form for a {other.GetType().Name}"),
                    };
                row.EndRow();
            }
    }

    /// <summary>Removes rows whose article was never recorded (left by an older, interrupted writer).</summary>
    public void RemoveOrphans()
    {
        foreach (var table in CorpusSchema.Tables.Skip(1))
            Execute($"DELETE FROM {table} WHERE article_id NOT IN (SELECT article_id FROM articles)");
    }

    /// <summary>A table joined with its article's metadata, as a DataFrame with typed columns: a row table has the columns of
    /// its declaration (as <see cref="AnalysisTables"/> has them) in the order the rows were added, then the article's title,
    /// source and publication date.</summary>
    public DataFrame Table(string table)
    {
        if (table == "articles") return Query("SELECT * FROM articles ORDER BY published, article_id");
        var schema = CorpusSchema.RowTables.FirstOrDefault(s => s.Name == table) ?? throw new ArgumentException($"unknown table {table}", nameof(table));
        using var command = _connection.CreateCommand();
        command.CommandText = StoredRows.Select(schema);
        using var reader = command.ExecuteReader();
        return StoredRows.Read(schema, reader);
    }

    public DataFrame Query(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        return ToDataFrame(reader);
    }

    /// <summary>Runs every statement of a user's SQL in order, handing over, for each that returns rows, its first
    /// <paramref name="maxRows"/> rows and how many there were; the statements before a failing one are shown
    /// before the failure, which names the statement by its number.</summary>
    public void RunStatements(string sql, int maxRows, Action<QueryRows> show)
    {
        if (sql.AsSpan().Trim().Trim(';').Trim().IsEmpty) throw new CorpusException("empty query: give one or more SQL statements");
        var statement = 1;
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            using var reader = command.ExecuteReader();
            do
            {
                if (reader.FieldCount > 0) show(ReadRows(reader, maxRows));
                statement++;
            }
            while (reader.NextResult());
        }
        catch (DuckDBException e)
        {
            // DuckDB.NET's message when the text holds no statement at all (only comments, say).
            if (statement == 1 && e.Message.StartsWith("External component", StringComparison.Ordinal))
                throw new CorpusException("empty query: give one or more SQL statements");
            // With file access off, an IO error can only come from the corpus file itself (a corrupt block).
            var where = e.Message.StartsWith("IO Error", StringComparison.Ordinal) ? $"{Path}: " : "";
            throw new CorpusException($"{where}statement {statement} failed: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    public IEnumerable<T> Read<T>(string sql, Func<DbDataReader, T> map)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return map(reader);
    }

    public void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static QueryRows ReadRows(DbDataReader reader, int maxRows)
    {
        var frame = ToDataFrame(reader, maxRows);
        var total = frame.Rows.Count;
        while (reader.Read()) total++;
        return new QueryRows(frame, total);
    }

    /// <summary>Typed DataFrame columns from a reader: double, long, int, bool, DateTime, else string.</summary>
    private static DataFrame ToDataFrame(DbDataReader reader, long maxRows = long.MaxValue)
    {
        var columns = new List<DataFrameColumn>();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var name = reader.GetName(i);
            var type = reader.GetFieldType(i);
            columns.Add(type == typeof(double) || type == typeof(float) || type == typeof(decimal) ? new DoubleDataFrameColumn(name)
                : type == typeof(long) || type == typeof(ulong) || type == typeof(System.Numerics.BigInteger) ? new Int64DataFrameColumn(name)
                : type == typeof(int) || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte) || type == typeof(uint) || type == typeof(ushort) ? new Int32DataFrameColumn(name)
                : type == typeof(bool) ? new BooleanDataFrameColumn(name)
                : type == typeof(DateTime) || type == typeof(DateOnly) ? new PrimitiveDataFrameColumn<DateTime>(name)
                : new StringDataFrameColumn(name));
        }
        var frame = new DataFrame(columns);
        var values = new List<KeyValuePair<string, object?>>(reader.FieldCount);
        while (frame.Rows.Count < maxRows && reader.Read())
        {
            values.Clear();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                object? value = reader.IsDBNull(i) ? null : reader.GetValue(i);
                value = value switch
                {
                    DateOnly d => d.ToDateTime(TimeOnly.MinValue),
                    decimal m => (double)m,
                    float f => (double)f,
                    System.Numerics.BigInteger b => (long)b,
                    ulong u => (long)u,
                    uint u => (int)u,
                    _ when columns[i] is StringDataFrameColumn && value is not null and not string => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                    _ => value,
                };
                values.Add(new(columns[i].Name, value));
            }
            frame.Append(values, inPlace: true);
        }
        return frame;
    }

    public void Dispose() => _connection.Dispose();
}

/// <summary>One statement's result: its first rows and how many rows it had in all.</summary>
public sealed record QueryRows(DataFrame Rows, long Total);

public sealed class CorpusException(string message) : Exception(message);
