using AidAnalysis.Model;
using Microsoft.Data.Analysis;

namespace AidAnalysis.Tables;

/// <summary>DataFrames of declared rows: the article id, then one typed column per declared column (text, int, double, bool;
/// lists as text). The corpus reads its tables back through <see cref="Column(string, ColumnKind, IEnumerable{object})"/> too.</summary>
public static class TableFrame
{
    public static DataFrame Of(IRowSchema schema, IReadOnlyList<ArticleAnalysis> analyses)
    {
        var rows = analyses.SelectMany(a => schema.Rows(a).Select(cells => (a.Article.Id, Cells: cells))).ToList();
        var columns = new List<DataFrameColumn> { Column(IRowSchema.ArticleKey, ColumnKind.Text, rows.Select(r => r.Id)) };
        columns.AddRange(schema.Columns.Select((c, i) => Column(c.Name, c.Kind, rows.Select(r => c.TableValue(r.Cells[i])))));
        return new DataFrame(columns);
    }

    /// <summary>A typed DataFrame column of table values (see <see cref="Tables.Column.TableValue"/>).</summary>
    public static DataFrameColumn Column(string name, ColumnKind kind, IEnumerable<object?> values) => kind switch
    {
        ColumnKind.Integer => new Int32DataFrameColumn(name, values.Select(v => (int?)v)),
        ColumnKind.Number => new DoubleDataFrameColumn(name, values.Select(v => (double?)v)),
        ColumnKind.Boolean => new BooleanDataFrameColumn(name, values.Select(v => (bool?)v)),
        _ => new StringDataFrameColumn(name, values.Select(v => (string?)v)),
    };
}
