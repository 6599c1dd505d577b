using System.CommandLine;
using AidAnalysis.Model;
using AidAnalysis.Output;
using AidAnalysis.Pipeline;
using AidAnalysis.Tables;
using Spectre.Console;

namespace AidAnalysis.Cli.Commands;

/// <summary>`analyze FILE... [--format json|csv|table] [--out DIR]`.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = new ArticleInputs();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "csv", "table");
        var output = new Option<string?>("--out", "-o") { Description = "Directory for the output files (json: stdout when omitted; csv: current directory)" };
        var command = new Command("analyze", "Extract actors, claims, funding figures and aid items from articles");
        inputs.AddTo(command);
        command.Add(format);
        command.Add(output);
        command.SetAction(result =>
        {
            var articles = inputs.Load(result);
            var outDir = result.GetValue(output);
            var chosen = result.GetValue(format);
            if (chosen == "csv" || (chosen == "json" && outDir is not null))
            {
                ArticleInputs.RefuseSharedStems(articles, chosen == "csv" ? Path.Combine(outDir ?? ".", "{0}", "*.csv") : Path.Combine(outDir!, "{0}.json"));
                OutputTarget.CheckFolder(outDir ?? ".", "--out");
            }
            var pipeline = AnalysisPipeline.Default;
            var analyses = articles.Select(pipeline.Analyze).ToArray();
            switch (chosen)
            {
                case "csv":
                    WriteCsv(analyses, outDir ?? ".");
                    break;
                case "table":
                    foreach (var analysis in analyses) TableView.Print(analysis);
                    break;
                default:
                    WriteJson(analyses, outDir);
                    break;
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteJson(IReadOnlyList<ArticleAnalysis> analyses, string? outDir)
    {
        if (outDir is null)
        {
            Console.Out.WriteLine(AnalysisJson.Serialize(analyses));
            return;
        }
        foreach (var analysis in analyses)
        {
            var path = Path.Combine(outDir, ArticleInputs.Stem(analysis.Article) + ".json");
            AtomicFile.Write(path, stream => AnalysisJson.Write(stream, analysis));
            Console.Error.WriteLine($"wrote {path}");
        }
    }

    private static void WriteCsv(IReadOnlyList<ArticleAnalysis> analyses, string outDir)
    {
        foreach (var analysis in analyses)
        {
            var tables = AnalysisTables.From(analysis);
            foreach (var (name, table) in tables.All)
            {
                var path = Path.Combine(outDir, ArticleInputs.Stem(analysis.Article), name + ".csv");
                AtomicFile.WriteAllText(path, CsvWriter.ToCsv(table));
                Console.Error.WriteLine($"wrote {path}");
            }
        }
    }
}
