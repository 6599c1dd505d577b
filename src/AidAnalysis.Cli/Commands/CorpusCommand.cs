using System.CommandLine;
using AidAnalysis.Brief;
using AidAnalysis.Corpus;
using AidAnalysis.Evaluation;
using AidAnalysis.Loading;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Rendering;
using DuckDB.NET.Data;
using Spectre.Console;

namespace AidAnalysis.Cli.Commands;

/// <summary>`corpus add|report|export|query` over an embedded DuckDB store.</summary>
public static class CorpusCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "Corpus database file", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("AID_CORPUS") ?? CorpusStore.DefaultPath, Recursive = true };
        var command = new Command("corpus", "Accumulate analyses of many articles and report on them") { db };
        command.Add(Add(db));
        command.Add(Report(db));
        command.Add(Export(db));
        command.Add(Query(db));
        return command;
    }

    private static Command Add(Option<string> db)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders (NAME.meta.json beside an article gives its metadata)", Arity = ArgumentArity.OneOrMore };
        var shard = new Option<string?>("--shard") { Description = "Only shard k of n (k/n), for running the step on several machines" };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Refuse articles larger than this", DefaultValueFactory = _ => ArticleLoader.DefaultMaxBytes };
        var batch = new Option<int>("--batch-size") { Description = "Articles committed per transaction", DefaultValueFactory = _ => 500 };
        var published = new Option<string?>("--published") { Description = "Publication date (yyyy-MM-dd, or yyyy-MM for the month's 15th) of every article added" };
        var sources = new Option<string?>("--sources") { Description = "SOURCES.md-style file: lines '- NAME.txt | outlet | yyyy-MM-dd | ...' give each article's date" };
        var command = new Command("add", "Analyse articles (in parallel) and add them; adding the same article again changes nothing") { paths, shard, maxBytes, batch, published, sources };
        command.SetAction(result =>
        {
            var inputs = result.GetValue(paths)!;
            foreach (var p in inputs)
                if (!Path.Exists(p)) throw new CliException($"{p}: file or folder not found");
            if (result.GetValue(batch) < 1) throw new CliException("--batch-size must be at least 1");
            var metadataFor = MetadataFor(ArticleInputs.ParseDate(result.GetValue(published), "--published"), result.GetValue(sources));
            var files = CorpusIngest.Enumerate(inputs);
            if (result.GetValue(shard) is { } s) files = ApplyShard(files, s);
            var loader = new ArticleLoader { MaxBytes = ArticleInputs.PositiveLimit(result.GetValue(maxBytes), "--max-bytes") };
            var dbPath = result.GetValue(db)!;
            using var store = OpenStore(dbPath, readOnly: false);
            var ingest = new CorpusIngest(AnalysisPipeline.Default, loader)
            {
                BatchSize = result.GetValue(batch),
                MetadataFor = metadataFor,
            };
            IngestResult outcome = null!;
            OnStore(dbPath, () =>
            {
                if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsErrorRedirected)
                    AnsiConsole.Progress().Start(context =>
                    {
                        var task = context.AddTask("analysing", maxValue: Math.Max(1, files.Count));
                        outcome = ingest.Add(store, files, new Progress<int>(done => task.Value = done));
                    });
                else
                    outcome = ingest.Add(store, files, committed: done => Console.Error.WriteLine($"committed {done}/{files.Count} files"));
            });
            foreach (var error in outcome.Errors) Console.Error.WriteLine($"error: {error}");
            Console.Error.WriteLine($"{outcome.Files:N0} files: {outcome.Added:N0} added, {outcome.AlreadyStored:N0} already stored, {outcome.Errors.Count:N0} unreadable ({store.Path})");
            return outcome.Errors.Count == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        });
        return command;
    }

    /// <summary>Dates from the command line for each file: --published for all, else the sources file's line for its name.</summary>
    private static Func<string, ArticleMetadata?> MetadataFor(DateOnly? published, string? sourcesPath)
    {
        if (published is { } date) return _ => new ArticleMetadata(Published: date);
        if (sourcesPath is null) return _ => null;
        if (!File.Exists(sourcesPath)) throw new CliException($"{sourcesPath}: sources file not found");
        var dates = SourcesFile.Read(sourcesPath);
        if (dates.Count == 0) throw new CliException($"{sourcesPath}: no lines of the form '- NAME.txt | outlet | yyyy-MM-dd | ...'");
        return file => dates.TryGetValue(Path.GetFileNameWithoutExtension(file), out var d) ? new ArticleMetadata(Published: d) : null;
    }

    private static Command Report(Option<string> db)
    {
        var output = new Option<string>("--output", "-o") { Description = "PDF or HTML file to write", DefaultValueFactory = _ => "reports/corpus.pdf" };
        var paper = PaperOption.Create();
        var browser = new Option<string?>("--browser") { Description = "Chromium executable" };
        var command = new Command("report", "The brief for the whole corpus: aid over time, by donor and type, top actors, who says what") { output, paper, browser };
        command.SetAction(async (result, _) =>
        {
            var path = result.GetValue(output)!;
            var isHtml = path.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
            if (!isHtml && !path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) throw new CliException($"{path}: the report must be a .pdf or .html file");
            var dbPath = result.GetValue(db)!;
            using var store = OpenStore(dbPath, readOnly: true);
            Checked(store.CheckReadable);
            OutputTarget.CheckFile(path);
            try
            {
                await using var renderer = await BriefRenderer.StartAsync(BriefTemplate.Default(), result.GetValue(browser));
                var model = await CorpusReport.BuildAsync(store, renderer.Session, DateOnly.FromDateTime(DateTime.Now));
                if (isHtml) Output.AtomicFile.WriteAllText(path, BriefTemplate.Default().Render(model, result.GetValue(paper) == Paper.Letter ? "Letter" : "A4"));
                else await renderer.WriteAsync(model, path, null, result.GetValue(paper));
            }
            catch (BrowserNotFoundException e)
            {
                throw new CliException(e.Message);
            }
            catch (DuckDBException e)
            {
                throw new CliException($"{dbPath}: {e.Message.ReplaceLineEndings(" ")}");
            }
            Console.Error.WriteLine($"wrote {path}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Export(Option<string> db)
    {
        var parquet = new Option<string?>("--parquet") { Description = "Folder for Parquet files (funding partitioned by figure year)" };
        var csv = new Option<string?>("--csv") { Description = "Folder for CSV files" };
        var command = new Command("export", "Export every table with article metadata as Parquet or CSV") { parquet, csv };
        command.SetAction(result =>
        {
            var (dir, format) = (result.GetValue(parquet), result.GetValue(csv)) switch
            {
                ({ } p, null) => (p, ExportFormat.Parquet),
                (null, { } c) => (c, ExportFormat.Csv),
                _ => throw new CliException("give exactly one of --parquet DIR or --csv DIR"),
            };
            var dbPath = result.GetValue(db)!;
            using var store = OpenStore(dbPath, readOnly: true);
            OnStore(dbPath, () => Checked(() => CorpusExport.Export(store, dir, format)));
            Console.Error.WriteLine($"exported to {dir}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Query(Option<string> db)
    {
        var sql = new Argument<string>("sql") { Description = "SQL over articles, funding, actors, claims, aid_items (read-only: no files, no extensions)" };
        var maxRows = new Option<int>("--max-rows") { Description = "Rows shown per statement (the total is still counted)", DefaultValueFactory = _ => 1000 };
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var command = new Command("query", "Ask the corpus an ad-hoc question in SQL") { sql, maxRows, format };
        command.SetAction(result =>
        {
            if (result.GetValue(maxRows) < 0) throw new CliException("--max-rows must be 0 or more");
            var dbPath = result.GetValue(db)!;
            using var store = Checked(() => CorpusStore.OpenForQueries(dbPath));
            Checked(() => store.RunStatements(result.GetValue(sql)!, result.GetValue(maxRows), rows =>
            {
                QueryOutput.Write(rows.Rows, result.GetValue(format)!);
                if (rows.Total > rows.Rows.Rows.Count)
                    Console.Error.WriteLine($"showing {rows.Rows.Rows.Count:N0} of {rows.Total:N0} rows (--max-rows)");
            }));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IReadOnlyList<string> ApplyShard(IReadOnlyList<string> files, string shard)
    {
        var parts = shard.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var k) || !int.TryParse(parts[1], out var n) || n < 1 || k < 1 || k > n)
            throw new CliException($"--shard: '{shard}' is not k/n with 1 <= k <= n");
        return CorpusIngest.Shard(files, k, n);
    }

    private static CorpusStore OpenStore(string path, bool readOnly) => Checked(() => CorpusStore.Open(path, readOnly));

    private static void Checked(Action action) => Checked(() => { action(); return 0; });

    /// <summary>A store problem (corrupt or locked file, failing statement) is the user's input: one line, exit 2.</summary>
    private static T Checked<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (CorpusException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>Work on an open store: a DuckDB error there (a corrupt block found mid-run) names the database.</summary>
    private static void OnStore(string dbPath, Action action)
    {
        try
        {
            action();
        }
        catch (DuckDBException e)
        {
            throw new CliException($"{dbPath}: {e.Message.ReplaceLineEndings(" ")}");
        }
    }
}
