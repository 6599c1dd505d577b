using System.CommandLine;
using AidAnalysis.Brief;
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
            // The browser's start is the longest step of a cold brief: it goes first, and the articles are read and
            // analysed and the template parsed while it starts.
            var starting = BriefRenderer.StartSessionAsync(result.GetValue(browser));
            var (articles, pdfPath, htmlPath, chosenTemplate, analyses) = await PrepareWhileStartingAsync(starting, () =>
            {
                var loaded = inputs.Load(result, titleNamesCombinedOutput: true);
                var pdf = result.GetValue(output)
                    ?? Path.Combine("reports", (loaded.Count == 1 ? ArticleInputs.Stem(loaded[0]) : "brief") + ".pdf");
                if (!pdf.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) throw new CliException($"{pdf}: the output must be a .pdf file");
                OutputTarget.CheckFile(pdf);
                var pipeline = AnalysisPipeline.Default;
                return (loaded, pdf, result.GetValue(html) ? Path.ChangeExtension(pdf, ".html") : null,
                    LoadTemplate(result.GetValue(template)), loaded.Select(pipeline.Analyze).ToArray());
            });
            var combinedTitle = articles.Count > 1 ? result.GetValue(inputs.Title) : null;
            try
            {
                await using var renderer = new BriefRenderer(await starting, chosenTemplate);
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

    /// <summary>Runs <paramref name="prepare"/> while the browser starts; should it fail (bad input, template or
    /// analysis), the browser is closed before the error goes on.</summary>
    private static async Task<T> PrepareWhileStartingAsync<T>(Task<ChromiumSession> starting, Func<T> prepare)
    {
        try
        {
            return prepare();
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
