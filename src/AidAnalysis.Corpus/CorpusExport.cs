namespace AidAnalysis.Corpus;

public enum ExportFormat { Parquet, Csv }

/// <summary>Exports every table (with article metadata) through DuckDB; funding as Parquet is partitioned by figure year,
/// undated figures in DuckDB's NULL partition (figure_year=__HIVE_DEFAULT_PARTITION__), so hive readers keep the column an integer.</summary>
public static class CorpusExport
{
    public static void Export(CorpusStore store, string directory, ExportFormat format)
    {
        var target = Path.GetFullPath(directory);
        if (File.Exists(target)) throw new CorpusException($"{directory}: is a file; the export needs a folder");
        var staging = target.TrimEnd(Path.DirectorySeparatorChar) + $".{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CorpusException($"{directory}: cannot write there ({e.GetType().Name.Replace("Exception", "")})");
        }
        try
        {
            var options = format == ExportFormat.Parquet ? "FORMAT PARQUET" : "FORMAT CSV, HEADER";
            var extension = format == ExportFormat.Parquet ? "parquet" : "csv";
            foreach (var table in CorpusSchema.Tables)
            {
                var select = table == "articles"
                    ? "SELECT * FROM articles"
                    : $"SELECT t.*, a.title AS article_title, a.source AS article_source, a.published AS article_published FROM {table} t JOIN articles a USING (article_id)";
                if (table == "funding" && format == ExportFormat.Parquet)
                    store.Execute($"COPY (SELECT *, year AS figure_year FROM ({select})) TO {Quote(Path.Combine(staging, "funding"))} ({options}, PARTITION_BY (figure_year))");
                else
                    store.Execute($"COPY ({select}) TO {Quote(Path.Combine(staging, $"{table}.{extension}"))} ({options})");
            }
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
            Directory.Move(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static string Quote(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
}
