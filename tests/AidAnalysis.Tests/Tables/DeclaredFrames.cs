using AidAnalysis.Model;
using AidAnalysis.Tables;
using Microsoft.Data.Analysis;

namespace AidAnalysis.Tests.Tables;

/// <summary>Checks a DataFrame (made from analyses or read from the corpus) against the row declaration.</summary>
internal static class DeclaredFrames
{
    /// <summary>The frame's first columns are the article id and the declared columns, typed by kind, holding the declared values
    /// of the analyses' rows in order (a frame read from the corpus has article metadata after them).</summary>
    public static void AssertMatches(IRowSchema schema, DataFrame frame, IReadOnlyList<ArticleAnalysis> analyses)
    {
        Assert.Equal([IRowSchema.ArticleKey, .. schema.Columns.Select(c => c.Name)], frame.Columns.Take(schema.Columns.Count + 1).Select(c => c.Name));
        foreach (var column in schema.Columns)
            Assert.Equal(FrameType(column.Kind), frame.Columns[column.Name].GetType());
        var rows = analyses.SelectMany(a => schema.Rows(a).Select(cells => (a.Article.Id, Cells: cells))).ToList();
        Assert.Equal(rows.Count, frame.Rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            Assert.Equal(rows[r].Id, frame.Columns[IRowSchema.ArticleKey][r]);
            for (var i = 0; i < schema.Columns.Count; i++)
                Assert.Equal(schema.Columns[i].TableValue(rows[r].Cells[i]), frame.Columns[schema.Columns[i].Name][r]);
        }
    }

    private static Type FrameType(ColumnKind kind) => kind switch
    {
        ColumnKind.Integer => typeof(Int32DataFrameColumn),
        ColumnKind.Number => typeof(DoubleDataFrameColumn),
        ColumnKind.Boolean => typeof(BooleanDataFrameColumn),
        _ => typeof(StringDataFrameColumn),
    };
}
