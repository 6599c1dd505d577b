using System.Collections.Concurrent;
using AidAnalysis.Loading;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Corpus;

/// <summary>What one `corpus add` did.</summary>
public sealed record IngestResult(int Files, int Added, int AlreadyStored, IReadOnlyList<string> Errors);

/// <summary>
/// Analyses article files on all cores and stores them in batches. Files already stored (same
/// article id) are skipped, so a rerun after a crash completes the job without duplicates.
/// </summary>
public sealed class CorpusIngest(AnalysisPipeline pipeline, ArticleLoader loader)
{
    public int BatchSize { get; init; } = 500;

    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Metadata to apply to a file's own (publication dates the analyst supplies); null for none.</summary>
    public Func<string, ArticleMetadata?> MetadataFor { get; init; } = _ => null;

    /// <summary>Article files under the given files and folders, in a stable order.</summary>
    public static IReadOnlyList<string> Enumerate(IEnumerable<string> paths) => paths
        .SelectMany(p => Directory.Exists(p)
            ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Where(f => ArticleLoader.SupportedExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            : [p])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Keeps the files of shard k of n (1-based), by a stable hash of the file name.</summary>
    public static IReadOnlyList<string> Shard(IReadOnlyList<string> files, int k, int n) =>
        files.Where(f => (StableHash(Path.GetFileName(f)) % (uint)n) == (uint)(k - 1)).ToArray();

    /// <param name="progress">Files analysed so far.</param>
    /// <param name="committed">Files handled so far, after each batch's transaction commits.</param>
    public IngestResult Add(CorpusStore store, IReadOnlyList<string> files, IProgress<int>? progress = null, Action<int>? committed = null)
    {
        store.RemoveOrphans();
        var stored = store.ArticleIds();
        var errors = new ConcurrentBag<string>();
        int added = 0, skipped = 0, done = 0;
        foreach (var batch in files.Chunk(BatchSize))
        {
            var analyses = new ConcurrentBag<ArticleAnalysis>();
            Parallel.ForEach(batch, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, file =>
            {
                try
                {
                    var article = loader.Load(file, MetadataFor(file));
                    if (stored.Contains(article.Id)) Interlocked.Increment(ref skipped);
                    else analyses.Add(pipeline.Analyze(article));
                }
                catch (ArticleLoadException e)
                {
                    errors.Add(e.Message);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // One bad file must not end the run unnamed: say which, and go on with the rest.
                    errors.Add($"{file}: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
                }
                var finished = Interlocked.Increment(ref done);
                progress?.Report(finished);
            });
            var ordered = analyses.OrderBy(a => a.Article.Origin, StringComparer.Ordinal).ToArray();
            var count = store.Add(ordered);
            skipped += ordered.Length - count;
            added += count;
            committed?.Invoke(done);
        }
        return new IngestResult(files.Count, added, skipped, errors.Order(StringComparer.Ordinal).ToArray());
    }

    private static uint StableHash(string s)
    {
        var hash = 2166136261u;
        foreach (var c in s) hash = (hash ^ c) * 16777619u;
        return hash;
    }
}
