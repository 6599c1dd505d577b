using AidAnalysis.Model;
using AidAnalysis.Tables;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;

namespace AidAnalysis.Interactive;

/// <summary>Registers the notebook formatters: an analysis shows as its highlighted text plus its tables, a chart as plotly HTML.</summary>
public static class NotebookDisplay
{
    public static void Register()
    {
        Formatter.Register<ArticleAnalysis>((analysis, writer) =>
        {
            writer.Write(AnalysisHtml.Article(analysis));
            foreach (var (name, table) in AnalysisTables.From(analysis).All.Where(t => t.Name != "mentions"))
                writer.Write($"<h4>{name}</h4>" + AnalysisHtml.Table(table));
        }, "text/html");
        Formatter.Register<DataFrame>((frame, writer) => writer.Write(AnalysisHtml.Table(frame)), "text/html");
        Formatter.Register<PlotlyFigure>((figure, writer) => writer.Write(figure.ToHtml()), "text/html");
    }
}
