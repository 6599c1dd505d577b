using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using AidAnalysis.Brief;
using AidAnalysis.Corpus;
using AidAnalysis.Loading;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Synthetic;
using Spectre.Console;

namespace AidAnalysis.Cli.Commands;

/// <summary>`bench [extract] [brief] ...`: reproducible measurements on generated articles (seed 42).</summary>
public static class BenchCommand
{
    private static readonly string[] All = ["extract", "scaling", "brief", "corpus", "notebook", "hostile"];

    public static Command Create()
    {
        var what = new Argument<string[]>("what") { Description = $"Benchmarks to run: {string.Join(", ", All)} (default: all)", Arity = ArgumentArity.ZeroOrMore };
        var articles = new Option<int>("--articles") { Description = "Generated articles for the extraction benchmark", DefaultValueFactory = _ => 3000 };
        var briefs = new Option<int>("--briefs") { Description = "Briefs in the warm batch", DefaultValueFactory = _ => 20 };
        var corpusArticles = new Option<int>("--corpus-articles") { Description = "Generated articles for the corpus benchmark", DefaultValueFactory = _ => 10_000 };
        var command = new Command("bench", "Measure extraction (and how it scales with input size), briefs, the corpus, notebooks and hostile inputs") { what, articles, briefs, corpusArticles };
        command.SetAction(async (result, _) =>
        {
            var chosen = result.GetValue(what) is { Length: > 0 } w ? w : All;
            var table = new Table().Title("Benchmarks (this machine)").AddColumns("Benchmark", "Result");
            foreach (var name in chosen)
            {
                var rows = name switch
                {
                    "extract" => Extraction(result.GetValue(articles)),
                    "scaling" => Scaling(),
                    "brief" => await Briefs(result.GetValue(briefs)),
                    "corpus" => await Corpus(result.GetValue(corpusArticles)),
                    "notebook" => await Notebook(),
                    "hostile" => Hostile(),
                    _ => throw new CliException($"unknown benchmark '{name}' (use {string.Join(", ", All)})"),
                };
                foreach (var (label, value) in rows) table.AddRow(Markup.Escape(label), Markup.Escape(value));
            }
            table.AddRow("peak working set", $"{Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB");
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Rounds of the extraction benchmark; the median is reported, since other work on a shared machine slows single rounds.</summary>
    private const int Rounds = 5;

    /// <summary>Single-threaded extraction over generated articles, and how many known figures it recovers.
    /// Analyses are checked and dropped as they come, as in a corpus ingest, not kept for the whole run.</summary>
    private static IEnumerable<(string, string)> Extraction(int count)
    {
        var generated = new SyntheticArticles(42).Generate(count).ToArray();
        var articles = generated.Select(SyntheticArticles.ToArticle).ToArray();
        var pipeline = AnalysisPipeline.Default;
        // Steady state, as in a long batch: tiered JIT (with on-stack replacement and profile-guided
        // recompilation) needs thousands of calls before the hot paths run optimised code.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(8))
            foreach (var warm in articles.Take(500)) pipeline.Analyze(warm);
        var bytes = articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));
        int expected = 0, found = 0, donors = 0;
        var rounds = new List<(double Processor, double Wall)>();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var pausedBefore = GC.GetTotalPauseDuration();
        for (var round = 0; round < Rounds; round++)
        {
            var processor = ProcessorTime();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < articles.Length; i++)
            {
                var analysis = pipeline.Analyze(articles[i]);
                if (round == 0) Recovered(generated[i], analysis, ref expected, ref found, ref donors);
            }
            rounds.Add((ProcessorTime() - processor, clock.Elapsed.TotalSeconds));
        }
        var allocated = (GC.GetTotalAllocatedBytes() - allocatedBefore) / (double)(bytes * Rounds);
        var paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds / rounds.Sum(r => r.Processor);
        var perStage = pipeline.Stages.ToDictionary(s => s.Name, _ => 0.0);
        // Bytes allocated by each stage, on this thread: articles this short run every stage on the calling thread.
        var allocatedByStage = pipeline.Stages.ToDictionary(s => s.Name, _ => 0L);
        var stageSample = articles.Take(500).ToList();
        foreach (var article in stageSample)
        {
            var doc = new AnalysisDocument(article);
            foreach (var stage in pipeline.Stages)
            {
                var t = Stopwatch.GetTimestamp();
                var a = GC.GetAllocatedBytesForCurrentThread();
                doc = stage.RunAsync(doc, CancellationToken.None).Result;
                perStage[stage.Name] += Stopwatch.GetElapsedTime(t).TotalSeconds;
                allocatedByStage[stage.Name] += GC.GetAllocatedBytesForCurrentThread() - a;
            }
        }
        var stageTotal = perStage.Values.Sum();
        var breakdown = string.Join(", ", perStage.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {100 * p.Value / stageTotal:0}%"));
        var sampleBytes = (double)stageSample.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));
        var churnByStage = string.Join(", ", allocatedByStage.Where(p => p.Value / sampleBytes >= 0.5).OrderByDescending(p => p.Value)
            .Select(p => $"{p.Key} {p.Value / sampleBytes:0}"));
        var real = RealArticles(pipeline);
        return
        [
            ("extraction, 1 core, generated articles", $"{Throughput(bytes, rounds)}, {articles.Length / Median(rounds.Select(r => r.Processor).ToList()):0} articles per processor second ({articles.Length} articles, {bytes / 1048576.0:0.0} MB, median of {Rounds} rounds)"),
            .. real,
            ("time by stage", breakdown),
            ("memory churn", $"{allocated:0} bytes allocated per byte of text, {100 * paused:0}% of processor time in collection pauses"),
            ("bytes allocated per byte by stage", churnByStage),
            ("known figures recovered", $"{found}/{expected} ({100.0 * found / expected:0.0}%), donor right on {100.0 * donors / Math.Max(1, found):0.0}%"),
        ];
    }

    private static void Recovered(SyntheticArticle article, ArticleAnalysis analysis, ref int expected, ref int found, ref int donors)
    {
        foreach (var figure in article.Figures)
        {
            expected++;
            var match = analysis.Funding.FirstOrDefault(f => f.Currency == figure.Currency && f.Value is { } v && Math.Abs(v - figure.Value) < 0.01 * figure.Value);
            if (match is null) continue;
            found++;
            if (match.Donor == figure.Donor) donors++;
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>"6.4 MB/s per core (5.9–6.6), 3.1 MB/s wall": megabytes per second of processor time, which other work on
    /// a shared machine does not shorten (the median round, then the slowest and fastest), and per second of wall time.</summary>
    private static string Throughput(long bytes, List<(double Processor, double Wall)> rounds)
    {
        var megabytes = bytes / 1048576.0;
        var processor = rounds.Select(r => r.Processor).ToList();
        return $"{megabytes / Median(processor):0.00} MB/s per core ({megabytes / processor.Max():0.00}–{megabytes / processor.Min():0.00}), "
            + $"{megabytes / Median(rounds.Select(r => r.Wall).ToList()):0.00} MB/s wall";
    }

    /// <summary>One article of 1, 2, 4 and 8 MB made of the dev corpus articles (generated ones when the corpus
    /// is absent) joined end to end: time and memory must grow linearly, a ratio near 2 per doubling.</summary>
    private static IEnumerable<(string, string)> Scaling()
    {
        var (pieces, source) = ScalingPieces();
        var pipeline = new AnalysisPipeline();
        // Optimised code first, as in the extraction benchmark, so that the first sizes are not charged for compiling
        // it; counted in processor time, which a busy machine does not shorten.
        var warmUp = ProcessorTime();
        while (ProcessorTime() - warmUp < 6)
            foreach (var piece in pieces) pipeline.Analyze(Article.FromText(piece, new ArticleMetadata(), "warm"));
        double? previous = null;
        var perStage = Array.Empty<double>();
        foreach (var megabytes in new[] { 1, 2, 4, 8 })
        {
            var article = Article.FromText(Joined(pieces, megabytes << 20), new ArticleMetadata(), "scaling");
            // The round that took the least processor time: other work on a shared machine only ever adds to it.
            var best = Enumerable.Range(0, ScalingRounds).Select(_ => ScalingRound(pipeline, article)).MinBy(r => r.Processor);
            var ratio = previous is { } p ? $", ×{best.Processor / p:0.00} for the doubling" : "";
            var size = System.Text.Encoding.UTF8.GetByteCount(article.Text) / 1048576.0;
            var memory = $"{best.Allocated / 1048576.0:0} MB allocated, peak working set so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB";
            yield return ($"{size:0.0} MB article of {source}", $"{best.Processor:0.00} s processor time{ratio} ({best.Wall:0.00} s wall); {memory}");
            previous = best.Processor;
            perStage = best.PerStage;
        }
        var total = perStage.Sum();
        var breakdown = string.Join(", ", perStage.Select((s, i) => (Name: pipeline.Stages[i].Name, Seconds: s))
            .OrderByDescending(p => p.Seconds).Select(p => $"{p.Name} {100 * p.Seconds / total:0}%"));
        yield return ("time by stage, 8 MB article", breakdown);
    }

    /// <summary>Rounds per size of the scaling benchmark, of which the fastest is reported.</summary>
    private const int ScalingRounds = 3;

    private static (double Processor, double Wall, long Allocated, double[] PerStage) ScalingRound(AnalysisPipeline pipeline, Article article)
    {
        var perStage = new double[pipeline.Stages.Count];
        // Each round starts on a clean heap, so it pays only for the collections its own article causes.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocated = GC.GetTotalAllocatedBytes();
        var processor = ProcessorTime();
        var clock = Stopwatch.StartNew();
        var doc = new AnalysisDocument(article);
        for (var i = 0; i < pipeline.Stages.Count; i++)
        {
            var t = Stopwatch.GetTimestamp();
            doc = pipeline.Stages[i].RunAsync(doc, CancellationToken.None).Result;
            perStage[i] = Stopwatch.GetElapsedTime(t).TotalSeconds;
        }
        return (ProcessorTime() - processor, clock.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes() - allocated, perStage);
    }

    /// <summary>Seconds of processor time this process has used, on all its threads (the collector's included).</summary>
    private static double ProcessorTime() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static (string[] Pieces, string Source) ScalingPieces()
    {
        var folder = Path.Combine("..", "shared", "corpus", "dev", "articles");
        if (Directory.Exists(folder) && Directory.GetFiles(folder, "*.txt") is { Length: > 0 } files)
            return (files.Order(StringComparer.Ordinal).Select(File.ReadAllText).Select(t => t.Trim()).ToArray(), "dev corpus articles");
        return (new SyntheticArticles(42).Generate(200).Select(a => a.Text.Trim()).ToArray(), "generated articles (dev corpus not found)");
    }

    /// <summary>The pieces in turn, separated by a blank line, until the text reaches <paramref name="chars"/>.</summary>
    private static string Joined(string[] pieces, int chars)
    {
        var text = new System.Text.StringBuilder(chars + 100_000);
        for (var i = 0; text.Length < chars; i++) text.Append(pieces[i % pieces.Length]).Append("\n\n");
        return text.ToString();
    }

    /// <summary>A capitalised token of 60 KB, hyphen after hyphen, far longer than any name part.</summary>
    private static readonly string HyphenatedToken = "A" + string.Concat(Enumerable.Repeat("-Bb", 20_000));

    /// <summary>One-megabyte single lines built to defeat a parser: each must be analysed in linear time.</summary>
    private static IEnumerable<(string, string)> Hostile()
    {
        var pipeline = AnalysisPipeline.Default;
        pipeline.Analyze(Article.FromText("Warm-up: Norway gave $5 million, the minister said.", new ArticleMetadata(), "warm"));
        var cases = new (string Name, string Unit)[]
        {
            ("digits", "7"), ("dollar signs", "$"), ("amounts ($1 )", "$1 "), ("straight quotes", "\""), ("curly quotes", "“a” "),
            ("capitalised words", "Abc "), ("titles", "President Abc "), ("reporting verbs", "Anna Berg said that "),
            ("three-word names", "Anna Berg Lind said. "), ("60 KB hyphenated tokens", HyphenatedToken + " "),
            ("60 KB hyphenated tokens before a reporting verb", HyphenatedToken + " said "),
        };
        foreach (var (name, unit) in cases)
        {
            var text = new System.Text.StringBuilder().Insert(0, unit, (1 << 20) / unit.Length).ToString();
            var processor = ProcessorTime();
            var clock = Stopwatch.StartNew();
            pipeline.Analyze(Article.FromText(text, new ArticleMetadata(), "hostile"));
            yield return ($"1 MB line of {name}", $"{ProcessorTime() - processor:0.00} s processor time ({clock.Elapsed.TotalSeconds:0.00} s wall)");
        }
    }

    /// <summary>notebooks/01-explore-article.ipynb run headlessly: first in the process (cold), then again (warm).</summary>
    private static async Task<IEnumerable<(string, string)>> Notebook()
    {
        var notebook = Path.Combine("notebooks", "01-explore-article.ipynb");
        if (!File.Exists(notebook)) throw new CliException($"{notebook}: not found (run the bench from the repository root)");
        var output = Path.Combine(Path.GetTempPath(), $"aid-bench-{Guid.NewGuid():N}.ipynb");
        try
        {
            var runner = new AidAnalysis.Notebooks.NotebookRunner();
            var clock = Stopwatch.StartNew();
            var cold = await runner.RunAsync(notebook, new Dictionary<string, string>(), output);
            var coldSeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var warm = await runner.RunAsync(notebook, new Dictionary<string, string>(), output);
            var warmSeconds = clock.Elapsed.TotalSeconds;
            if (!cold.Succeeded || !warm.Succeeded) throw new CliException($"{notebook}: {cold.Error ?? warm.Error}");
            return
            [
                ("notebook 01-explore-article, cold (new process)", $"{coldSeconds:0.0} s"),
                ("notebook 01-explore-article, warm (same process)", $"{warmSeconds:0.0} s"),
            ];
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>Ingest of generated article files on all cores into a fresh store, then the corpus report.</summary>
    private static async Task<IEnumerable<(string, string)>> Corpus(int count)
    {
        var dir = Directory.CreateTempSubdirectory("aid-bench-corpus-").FullName;
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(dir, "articles")).FullName;
            foreach (var article in new SyntheticArticles(11).Generate(count))
                File.WriteAllText(Path.Combine(folder, article.Name + ".txt"), article.Text);
            var clock = Stopwatch.StartNew();
            using var store = CorpusStore.Open(Path.Combine(dir, "corpus.duckdb"));
            var outcome = new CorpusIngest(AnalysisPipeline.Default, new ArticleLoader()).Add(store, CorpusIngest.Enumerate([folder]));
            var ingest = clock.Elapsed.TotalSeconds;
            clock.Restart();
            await using (var renderer = await BriefRenderer.StartAsync(BriefTemplate.Default()))
            {
                var model = await CorpusReport.BuildAsync(store, renderer.Session, DateOnly.FromDateTime(DateTime.Now));
                await renderer.WriteAsync(model, Path.Combine(dir, "corpus.pdf"), null, Paper.A4);
            }
            var report = clock.Elapsed.TotalSeconds;
            return
            [
                ($"corpus add, {count:N0} generated articles ({Environment.ProcessorCount} cores)", $"{ingest:0.0} s ({outcome.Added:N0} added, {store.Count("funding"):N0} funding rows)"),
                ("corpus report (PDF, browser start included)", $"{report:0.0} s over {CorpusReport.Facts(store).Count:N0} reconciled facts"),
            ];
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    /// <summary>Throughput on the annotated dev articles (real news, denser than the generated ones), when present.</summary>
    private static IEnumerable<(string, string)> RealArticles(AnalysisPipeline pipeline)
    {
        var folder = Path.Combine("..", "shared", "corpus", "dev", "articles");
        if (!Directory.Exists(folder)) yield break;
        var articles = Directory.GetFiles(folder).Select(f => new ArticleLoader().Load(f)).ToArray();
        var bytes = articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));
        const int passes = 100;
        var rounds = new List<(double Processor, double Wall)>();
        for (var round = 0; round < Rounds; round++)
        {
            var processor = ProcessorTime();
            var clock = Stopwatch.StartNew();
            for (var pass = 0; pass < passes; pass++)
                foreach (var article in articles) pipeline.Analyze(article);
            rounds.Add((ProcessorTime() - processor, clock.Elapsed.TotalSeconds));
        }
        yield return ("extraction, 1 core, dev corpus articles", $"{Throughput(bytes * passes, rounds)} ({articles.Length} real articles, {passes} passes a round, median of {Rounds} rounds)");
    }

    /// <summary>One cold brief (browser start included), then a warm batch in the same browser.</summary>
    private static async Task<IEnumerable<(string, string)>> Briefs(int count)
    {
        var pipeline = AnalysisPipeline.Default;
        var analyses = new SyntheticArticles(7).Generate(count + 1).Select(s => pipeline.Analyze(SyntheticArticles.ToArticle(s))).ToArray();
        var dir = Directory.CreateTempSubdirectory("aid-bench-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            await using var renderer = await BriefRenderer.StartAsync(BriefTemplate.Default());
            await renderer.WriteAsync([analyses[0]], Path.Combine(dir, "cold.pdf"), null, Paper.A4, DateOnly.FromDateTime(DateTime.Now));
            var cold = clock.Elapsed.TotalSeconds;
            clock.Restart();
            for (var i = 1; i <= count; i++)
                await renderer.WriteAsync([analyses[i]], Path.Combine(dir, $"b{i}.pdf"), null, Paper.A4, DateOnly.FromDateTime(DateTime.Now));
            var warm = clock.Elapsed.TotalSeconds / count;
            return
            [
                ("brief, cold (browser start + first brief)", $"{cold:0.00} s"),
                ($"brief, warm batch of {count}", $"{warm:0.00} s per brief"),
            ];
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

}
