using System.CommandLine;
using AidAnalysis.Brief;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Rendering;

namespace AidAnalysis.Cli.Commands;

/// <summary>`brief FILE... [-o reports/NAME.pdf] [--html] [--template DIR] [--paper A4|Letter] [--browser PATH]`.</summary>
public static class BriefCommand
{
    public static Command Create()
    {
        var inputs = new ArticleInputs();
        inputs.Title.Description = "The article's title; with several files, the combined brief's title";
        var output = new Option<string?>("--output", "-o") { Description = "PDF to write (default reports/NAME.pdf; several articles give one combined brief)" };
        var html = new Option<bool>("--html") { Description = "Also write the brief as a self-contained HTML page next to the PDF" };
        var template = new Option<string?>("--template") { Description = "Folder with brief.liquid and/or brief.css to restyle the brief" };
        var paper = PaperOption.Create();
        var browser = new Option<string?>("--browser") { Description = $"Chromium executable (default: ${BrowserLocator.EnvironmentVariable}, then the usual install paths)" };
        var command = new Command("brief", "Write a PDF brief (charts, tables, provenance) for one or more articles");
        inputs.AddTo(command);
        command.Add(output);
        command.Add(html);
        command.Add(template);
        command.Add(paper);
        command.Add(browser);
        command.SetAction(async (result, _) =>
        {
            var articles = inputs.Load(result, titleNamesCombinedOutput: true);
            var pdfPath = result.GetValue(output)
                ?? Path.Combine("reports", (articles.Count == 1 ? ArticleInputs.Stem(articles[0]) : "brief") + ".pdf");
            if (!pdfPath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) throw new CliException($"{pdfPath}: the output must be a .pdf file");
            var htmlPath = result.GetValue(html) ? Path.ChangeExtension(pdfPath, ".html") : null;
            OutputTarget.CheckFile(pdfPath);
            var chosenTemplate = LoadTemplate(result.GetValue(template));
            var combinedTitle = articles.Count > 1 ? result.GetValue(inputs.Title) : null;
            try
            {
                // The browser starts (about half of a cold brief) while this thread analyses the articles.
                var starting = BriefRenderer.StartAsync(chosenTemplate, result.GetValue(browser));
                var analyses = await AnalyzeWhileStartingAsync(articles, starting);
                await using var renderer = await starting;
                var today = DateOnly.FromDateTime(DateTime.Now);
                if (combinedTitle is null)
                    await renderer.WriteAsync(analyses, pdfPath, htmlPath, result.GetValue(paper), today);
                else
                    await renderer.WriteAsync(await BriefBuilder.BuildAsync(analyses, renderer.Session, today) with { Title = combinedTitle },
                        pdfPath, htmlPath, result.GetValue(paper));
                Console.Error.WriteLine($"wrote {pdfPath}" + (htmlPath is null ? "" : $" and {htmlPath}"));
            }
            catch (Exception e) when (e is BrowserNotFoundException or BriefTemplateException)
            {
                throw new CliException(e.Message);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Analyses the articles; should that fail, the browser already starting is closed before the error goes on.</summary>
    private static async Task<ArticleAnalysis[]> AnalyzeWhileStartingAsync(IReadOnlyList<Article> articles, Task<BriefRenderer> starting)
    {
        try
        {
            var pipeline = AnalysisPipeline.Default;
            return articles.Select(pipeline.Analyze).ToArray();
        }
        catch
        {
            await ((Task)starting).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (starting.IsCompletedSuccessfully) await starting.Result.DisposeAsync();
            throw;
        }
    }

    private static BriefTemplate LoadTemplate(string? directory)
    {
        try
        {
            return directory is null ? BriefTemplate.Default() : BriefTemplate.FromDirectory(directory);
        }
        catch (BriefTemplateException e)
        {
            throw new CliException(e.Message);
        }
    }
}
