using System.Net;
using AidAnalysis.Output;

namespace AidAnalysis.Interactive;

/// <summary>
/// A self-contained HTML page of sections (the file-based twins' report): plotly.js is inlined once in
/// the head, so the charts stay interactive offline.
/// </summary>
public static class HtmlReport
{
    public static string Section(string heading, string html) => $"<section><h2>{WebUtility.HtmlEncode(heading)}</h2>\n{html}\n</section>";

    public static string Text(string text) => $"<pre class=\"aid-text\">{WebUtility.HtmlEncode(text)}</pre>";

    public static string Page(string title, IEnumerable<string> sections) => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{WebUtility.HtmlEncode(title)}}</title>
        <style>body { font: 14px/1.5 sans-serif; margin: 2em auto; max-width: 70em; } .aid-text { white-space: pre-wrap; }</style>
        {{PlotlyFigure.ScriptTag()}}
        </head><body><h1>{{WebUtility.HtmlEncode(title)}}</h1>
        {{string.Join("\n", sections)}}
        </body></html>
        """;

    /// <summary>Writes the page atomically and says where on standard error.</summary>
    public static void Write(string path, string title, IEnumerable<string> sections)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        AtomicFile.WriteAllText(path, Page(title, sections));
        Console.Error.WriteLine($"wrote {Path.GetFullPath(path)} ({new FileInfo(path).Length:N0} bytes)");
    }
}
