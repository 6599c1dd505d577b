#:package AidAnalysis.Interactive@0.1.0-local
#:property ManagePackageVersionsCentrally=false
#:property PublishAot=false
// The library comes as the notebooks' local package (tools/pack-local.sh), not as a project: with no project to
// check, a second `dotnet run` starts the built program at once instead of spending seconds in MSBuild.
// PublishAot=false: file-based apps default to native AOT settings, which switch off the reflection-based
// JSON that the library and its browser driver use; these run on the JIT like any dotnet run.
// File-based twin of 01-explore-article.ipynb, the non-deprecated route (.NET 10 `dotnet run file.cs`):
//   dotnet run notebooks/explore-article.cs -- [ARTICLE] [--articlePath ARTICLE] [--report PATH]
// writes a self-contained HTML report: the highlighted text, the tables and the interactive charts.
using AidAnalysis.Interactive;
using AidAnalysis.Loading;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Tables;

return await ScriptArguments.RunAsync(async () =>
{
    var arguments = ScriptArguments.Parse(args, ScriptArguments.ScriptDirectory(),
        ("articlePath", "../data/articles/00-ukraine-south-korea.txt"), ("report", "../reports/explore-article.html"));
    var analysis = AnalysisPipeline.Default.Analyze(new ArticleLoader().Load(arguments["articlePath"]));
    var tables = AnalysisTables.From(analysis);

    var answers = new List<string>();
    foreach (var claim in analysis.Claims.Where(c => c.Hedged)) answers.Add($"hedged, {claim.Speaker}: {claim.Text}");
    foreach (var donor in analysis.Funding.Where(f => f.ConvertedFromId is null && f.ValueUsd is not null).GroupBy(f => f.Donor ?? "unknown donor"))
        answers.Add($"{donor.Key}: {donor.Sum(f => f.ValueUsd!.Value):N0} USD");
    foreach (var item in analysis.AidItems.Where(i => i.Status == AidItemStatus.Requested))
        answers.Add($"requested: {item.Item} ({(item.Lethal ? "lethal" : "non-lethal")})");

    HtmlReport.Write(arguments["report"], analysis.Article.Metadata.Title ?? Path.GetFileName(arguments["articlePath"]),
    [
        HtmlReport.Text($"{analysis.Actors.Count} actors, {analysis.Claims.Count} claims, {analysis.Funding.Count} funding figures, {analysis.AidItems.Count} aid items"),
        HtmlReport.Section("The article with what was extracted", AnalysisHtml.Article(analysis)),
        HtmlReport.Section("Funding", AnalysisHtml.Table(tables.Funding)),
        HtmlReport.Section("Actors", AnalysisHtml.Table(tables.Actors)),
        HtmlReport.Section("Claims", AnalysisHtml.Table(tables.Claims)),
        HtmlReport.Section("Aid over time", NotebookCharts.AidOverTime([analysis]).PlotDiv()),
        HtmlReport.Section("Who says what", NotebookCharts.ClaimsBySpeaker([analysis]).PlotDiv()),
        HtmlReport.Section("A few questions answered in code", HtmlReport.Text(string.Join("\n", answers))),
    ]);
    await Task.CompletedTask;
});
