using System.Globalization;
using System.Text.Json;
using AidAnalysis.Brief;
using AidAnalysis.Model;

namespace AidAnalysis.Interactive;

/// <summary>Writes the PDF brief (and its HTML) from a notebook or script, through <see cref="ChartContext"/>;
/// every brief of the process uses one browser (see <see cref="BriefWriter"/>).</summary>
public static class NotebookBrief
{
    public static Task WriteAsync(IEnumerable<ArticleAnalysis> analyses, string pdfPath, string? htmlPath = null, Paper paper = Paper.A4, DateOnly? today = null) =>
        ChartContext.WriteBrief(JsonSerializer.Serialize(analyses.ToArray(), ChartBridge.Json), Path.GetFullPath(pdfPath),
            htmlPath is null ? null : Path.GetFullPath(htmlPath), paper.ToString(),
            (today ?? DateOnly.FromDateTime(DateTime.Now)).ToString("O", CultureInfo.InvariantCulture));
}
