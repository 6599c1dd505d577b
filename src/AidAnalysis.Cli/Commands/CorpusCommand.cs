using System.CommandLine;
using System.Globalization;
using AidAnalysis.Brief;
using AidAnalysis.Corpus;
using AidAnalysis.Loading;
using AidAnalysis.Pipeline;
using AidAnalysis.Rendering;
using Microsoft.Data.Analysis;
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
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders", Arity = ArgumentArity.OneOrMore };
        var shard = new Option<string?>("--shard") { Description = "Only shard k of n (k/n), for running the step on several machines" };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Refuse articles larger than this", DefaultValueFactory = _ => ArticleLoader.DefaultMaxBytes };
        var batch = new Option<int>("--batch-size") { Description = "Articles committed per transaction", DefaultValueFactory = _ => 500 };
        var command = new Command("add", "Analyse articles (in parallel) and add them; adding the same article again changes nothing") { paths, shard, maxBytes, batch };
        command.SetAction(result =>
        {
            var inputs = result.GetValue(paths)!;
            foreach (var p in inputs)
                if (!File.Exists(p) && !Directory.Exists(p)) throw new CliException($"{p}: file or folder not found");
            var files = CorpusIngest.Enumerate(inputs);
            if (result.GetValue(shard) is { } s) files = ApplyShard(files, s);
            using var store = OpenStore(result.GetValue(db)!, readOnly: false);
            if (result.GetValue(batch) < 1) throw new CliException("--batch-size must be at least 1");
            var ingest = new CorpusIngest(AnalysisPipeline.Default, new ArticleLoader { MaxBytes = result.GetValue(maxBytes) }) { BatchSize = result.GetValue(batch) };
            IngestResult outcome = null!;
            if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsErrorRedirected)
                AnsiConsole.Progress().Start(context =>
                {
                    var task = context.AddTask("analysing", maxValue: Math.Max(1, files.Count));
                    outcome = ingest.Add(store, files, new Progress<int>(done => task.Value = done));
                });
            else
                outcome = ingest.Add(store, files, committed: done => Console.Error.WriteLine($"committed {done}/{files.Count} files"));
            foreach (var error in outcome.Errors) Console.Error.WriteLine($"error: {error}");
            Console.Error.WriteLine($"{outcome.Files:N0} files: {outcome.Added:N0} added, {outcome.AlreadyStored:N0} already stored, {outcome.Errors.Count:N0} unreadable ({store.Path})");
            return outcome.Errors.Count == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        });
        return command;
    }

    private static Command Report(Option<string> db)
    {
        var output = new Option<string>("--output", "-o") { Description = "PDF or HTML file to write", DefaultValueFactory = _ => "reports/corpus.pdf" };
        var paper = new Option<Paper>("--paper") { Description = "Paper size", DefaultValueFactory = _ => Paper.A4 };
        var browser = new Option<string?>("--browser") { Description = "Chromium executable" };
        var command = new Command("report", "The brief for the whole corpus: aid over time, by donor and type, top actors, who says what") { output, paper, browser };
        command.SetAction(async (result, _) =>
        {
            var path = result.GetValue(output)!;
            var isHtml = path.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
            if (!isHtml && !path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) throw new CliException($"{path}: the report must be a .pdf or .html file");
            using var store = OpenStore(result.GetValue(db)!, readOnly: true);
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
            using var store = OpenStore(result.GetValue(db)!, readOnly: true);
            CorpusExport.Export(store, dir, format);
            Console.Error.WriteLine($"exported to {dir}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Query(Option<string> db)
    {
        var sql = new Argument<string>("sql") { Description = "SQL over articles, funding, actors, claims, aid_items (read-only)" };
        var command = new Command("query", "Ask the corpus an ad-hoc question in SQL") { sql };
        command.SetAction(result =>
        {
            using var store = OpenStore(result.GetValue(db)!, readOnly: true);
            DataFrame frame;
            try
            {
                frame = store.Query(result.GetValue(sql)!);
            }
            catch (DuckDB.NET.Data.DuckDBException e)
            {
                throw new CliException("query failed: " + e.Message.ReplaceLineEndings(" "));
            }
            var table = new Table();
            foreach (var column in frame.Columns) table.AddColumn(Markup.Escape(column.Name));
            for (long row = 0; row < frame.Rows.Count; row++)
                table.AddRow(frame.Columns.Select(c => Markup.Escape(Convert.ToString(c[row], CultureInfo.InvariantCulture) ?? "")).ToArray());
            AnsiConsole.Write(table);
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

    private static CorpusStore OpenStore(string path, bool readOnly)
    {
        try
        {
            return CorpusStore.Open(path, readOnly);
        }
        catch (CorpusException e)
        {
            throw new CliException(e.Message);
        }
    }
}
