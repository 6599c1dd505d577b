using System.CommandLine;
using System.Globalization;
using AidAnalysis.Evaluation;
using AidAnalysis.Lexicons;
using AidAnalysis.Loading;
using AidAnalysis.Pipeline;
using Spectre.Console;

namespace AidAnalysis.Cli.Commands;

/// <summary>`eval GOLD_DIR ARTICLES_DIR [--verbose] [--check] [--minimums FILE]`.</summary>
public static class EvalCommand
{
    public const string DefaultMinimums = "data/eval/minimums.json";

    public static Command Create()
    {
        var gold = new Argument<string>("gold-dir") { Description = "Directory of gold annotation files (NAME.json)" };
        var articles = new Argument<string>("articles-dir") { Description = "Directory of the articles (NAME.txt, .md or .html)" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Per-article scores with misses and false positives" };
        var check = new Option<bool>("--check") { Description = "Exit 1 when a score is below its minimum" };
        var minimums = new Option<string>("--minimums") { Description = "File of minimum scores", DefaultValueFactory = _ => DefaultMinimums };
        var sources = new Option<string?>("--sources") { Description = "SOURCES.md of the corpus: publication dates per article, as an analyst would supply them" };
        var command = new Command("eval", "Score extraction against annotated gold (rules of SCHEMA.md)") { gold, articles, verbose, check, minimums, sources };
        command.SetAction(result =>
        {
            var goldDir = result.GetValue(gold)!;
            var articlesDir = result.GetValue(articles)!;
            foreach (var dir in new[] { goldDir, articlesDir })
                if (!Directory.Exists(dir)) throw new CliException($"{dir}: directory not found");
            EvaluationReport report;
            try
            {
                var sourcesPath = result.GetValue(sources);
                if (sourcesPath is not null && !File.Exists(sourcesPath)) throw new CliException($"{sourcesPath}: sources file not found");
                var published = sourcesPath is null ? null : SourcesFile.Read(sourcesPath);
                report = new Evaluator(AnalysisPipeline.Default, new ArticleLoader(), Lexicon.Default).Evaluate(goldDir, articlesDir, published);
                if (published is not null) Console.Error.WriteLine($"publication dates for {published.Count} articles from {sourcesPath}");
            }
            catch (Exception e) when (e is ArticleLoadException or InvalidDataException or System.Text.Json.JsonException)
            {
                throw new CliException(e.Message);
            }
            Print(report, result.GetValue(verbose));
            if (!result.GetValue(check)) return ExitCodes.Ok;
            var path = result.GetValue(minimums)!;
            if (!File.Exists(path)) throw new CliException($"{path}: minimums file not found");
            var failures = report.Failures(EvaluationReport.LoadMinimums(path));
            foreach (var failure in failures) Console.Error.WriteLine($"below minimum: {failure}");
            Console.Error.WriteLine(failures.Count == 0 ? $"eval check passed ({path})" : $"eval check failed: {failures.Count} metric(s) below {path}");
            return failures.Count == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }

    private static void Print(EvaluationReport report, bool verbose)
    {
        var table = new Table().Title($"Extraction quality ({report.Articles.Count} articles)")
            .AddColumns("Table", "Precision", "Recall", "F1", "Gold", "Predicted", "Matched");
        foreach (var (name, score) in new[] { ("funding", report.Funding), ("actors", report.Actors), ("claims", report.Claims) })
            table.AddRow(name, F(score.Precision), F(score.Recall), F(score.F1), I(score.Gold), I(score.Predicted), I(score.TruePositives));
        AnsiConsole.Write(table);
        var attributes = new Table().Title("Funding attributes on matched rows").AddColumns("Attribute", "Accuracy", "Correct", "Matched");
        foreach (var (name, score) in report.FundingAttributes)
            attributes.AddRow(name, F(score.Accuracy), I(score.Correct), I(score.Total));
        AnsiConsole.Write(attributes);
        var others = new Table().Title("Actor attributes and funding relations").AddColumns("Measure", "Value", "Right", "Of");
        foreach (var (name, score) in report.ActorAttributes)
            others.AddRow($"actor {name}", F(score.Accuracy), I(score.Correct), I(score.Total));
        others.AddRow("part_of", F(report.PartOf.Accuracy), I(report.PartOf.Correct), I(report.PartOf.Total));
        others.AddRow("counted precision", F(report.Counted.Precision), I(report.Counted.TruePositives), I(report.Counted.Predicted));
        others.AddRow("counted recall", F(report.Counted.Recall), I(report.Counted.TruePositives), I(report.Counted.Gold));
        others.AddRow("counted F1", F(report.Counted.F1), "", "");
        others.AddRow("counted set exact", F(report.CountedExactShare), I(report.Articles.Count(a => a.Counted.IsExact)), I(report.Articles.Count));
        AnsiConsole.Write(others);
        if (!verbose) return;
        foreach (var article in report.Articles)
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(article.Name)}[/]  funding F1 {F(article.Funding.F1)}  actors F1 {F(article.Actors.F1)}  claims F1 {F(article.Claims.F1)}");
            foreach (var miss in article.Misses) AnsiConsole.MarkupLine($"  [yellow]-[/] {Markup.Escape(miss)}");
            foreach (var fp in article.FalsePositives) AnsiConsole.MarkupLine($"  [red]+[/] false positive {Markup.Escape(fp)}");
        }
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
}
