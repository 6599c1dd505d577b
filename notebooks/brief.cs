#:package AidAnalysis.Interactive@0.1.0-local
#:property ManagePackageVersionsCentrally=false
#:property PublishAot=false
// The library comes as the notebooks' local package (tools/pack-local.sh), not as a project: with no project to
// check, a second `dotnet run` starts the built program at once instead of spending seconds in MSBuild.
// PublishAot=false: file-based apps default to native AOT settings, which switch off the reflection-based
// JSON that the library and its browser driver use; these run on the JIT like any dotnet run.
// File-based twin of 02-brief.ipynb (.NET 10 `dotnet run file.cs`):
//   dotnet run notebooks/brief.cs -- [ARTICLE] [--articlePath ARTICLE] [--outputPdf PATH] [--report PATH]
// writes the PDF brief (and its HTML) with the system Chromium, plus an HTML report with the interactive chart.
using AidAnalysis.Interactive;
using AidAnalysis.Loading;
using AidAnalysis.Pipeline;

return await ScriptArguments.RunAsync(async () =>
{
    var arguments = ScriptArguments.Parse(args, ScriptArguments.ScriptDirectory(),
        ("articlePath", "../data/articles/00-ukraine-south-korea.txt"), ("outputPdf", "../reports/notebook-brief.pdf"), ("report", "../reports/brief-report.html"));
    var analysis = AnalysisPipeline.Default.Analyze(new ArticleLoader().Load(arguments["articlePath"]));
    var pdf = arguments["outputPdf"];
    Directory.CreateDirectory(Path.GetDirectoryName(pdf)!);
    await NotebookBrief.WriteAsync([analysis], pdf, Path.ChangeExtension(pdf, ".html"));
    Console.Error.WriteLine($"wrote {pdf} ({new FileInfo(pdf).Length:N0} bytes)");
    HtmlReport.Write(arguments["report"], "Brief: " + (analysis.Article.Metadata.Title ?? Path.GetFileName(arguments["articlePath"])),
    [
        HtmlReport.Text($"PDF brief: {pdf}"),
        HtmlReport.Section("Aid by donor", NotebookCharts.AidByDonor([analysis]).PlotDiv()),
    ]);
});
