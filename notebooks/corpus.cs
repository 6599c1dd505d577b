#:package AidAnalysis.Interactive@0.1.0-local
#:property ManagePackageVersionsCentrally=false
#:property PublishAot=false
// The library comes as the notebooks' local package (tools/pack-local.sh), not as a project: with no project to
// check, a second `dotnet run` starts the built program at once instead of spending seconds in MSBuild.
// PublishAot=false: file-based apps default to native AOT settings, which switch off the reflection-based
// JSON that the library and its browser driver use; these run on the JIT like any dotnet run.
// File-based twin of 03-corpus.ipynb (.NET 10 `dotnet run file.cs`):
//   dotnet run notebooks/corpus.cs -- [ARTICLES_DIR] [--articlesDir DIR] [--dbPath FILE] [--report PATH]
// adds the folder's articles to a DuckDB corpus, reconciles figures and writes an HTML report with the charts.
using AidAnalysis.Corpus;
using AidAnalysis.Interactive;
using AidAnalysis.Loading;
using AidAnalysis.Pipeline;
using AidAnalysis.Totals;

return await ScriptArguments.RunAsync(async () =>
{
    var arguments = ScriptArguments.Parse(args, ScriptArguments.ScriptDirectory(),
        ("articlesDir", "../data/articles"), ("dbPath", "../.aid/notebook-corpus.duckdb"), ("report", "../reports/corpus-report.html"));
    Directory.CreateDirectory(Path.GetDirectoryName(arguments["dbPath"])!);
    using var store = CorpusStore.Open(arguments["dbPath"]);
    var outcome = new CorpusIngest(AnalysisPipeline.Default, new ArticleLoader()).Add(store, CorpusIngest.Enumerate([arguments["articlesDir"]]));
    var facts = CorpusReport.Facts(store);
    var figures = facts.Select(AidFigures.ToChart).ToArray();
    HtmlReport.Write(arguments["report"], "Corpus: " + arguments["articlesDir"],
    [
        HtmlReport.Text($"{outcome.Files} files: {outcome.Added} added, {outcome.AlreadyStored} already stored; {store.Count("articles")} articles in the corpus\n"
            + $"{facts.Count} distinct figures, {facts.Count(f => f.Sources.Count > 1)} reported by several articles"),
        HtmlReport.Section("Aid over time", NotebookCharts.AidOverTime(figures).PlotDiv()),
        HtmlReport.Section("Aid by donor", NotebookCharts.AidByDonor(figures).PlotDiv()),
        HtmlReport.Section("Funding", AnalysisHtml.Table(store.Table("funding"))),
        HtmlReport.Section("USD by donor", AnalysisHtml.Table(store.Query("SELECT donor, count(*) AS figures, sum(value_usd) AS usd FROM funding WHERE converted_from IS NULL GROUP BY donor ORDER BY usd DESC NULLS LAST"))),
    ]);
    await Task.CompletedTask;
});
