using System.Data.Common;
using AidAnalysis.Tables;
using Microsoft.Data.Analysis;

namespace AidAnalysis.Corpus;

/// <summary>Reads a stored row table back by its declaration: the article id and the declared columns, typed as
/// <see cref="TableFrame"/> types them, then the article's title, source and publication date.</summary>
internal static class StoredRows
{
    public const string ArticleTitle = "article_title";

    public const string ArticleSource = "article_source";

    public const string ArticlePublished = "article_published";

    private static readonly (string Name, string Sql)[] ArticleColumns =
        [(ArticleTitle, "a.title"), (ArticleSource, "a.source"), (ArticlePublished, "a.published")];

    /// <summary>Rows in the order they were added (rowid), by article publication date.</summary>
    public static string Select(IRowSchema schema) =>
        $"SELECT t.{IRowSchema.ArticleKey}, {string.Join(", ", schema.Columns.Select(c => "t." + CorpusSchema.Quote(c.Name)))}, "
        + string.Join(", ", ArticleColumns.Select(c => $"{c.Sql} AS {c.Name}"))
        + $" FROM {schema.Name} t JOIN articles a USING ({IRowSchema.ArticleKey}) ORDER BY a.published, t.{IRowSchema.ArticleKey}, t.rowid";

    public static DataFrame Read(IRowSchema schema, DbDataReader reader)
    {
        var kinds = new List<(string Name, ColumnKind Kind)> { (IRowSchema.ArticleKey, ColumnKind.Text) };
        kinds.AddRange(schema.Columns.Select(c => (c.Name, c.Kind)));
        kinds.Add((ArticleColumns[0].Name, ColumnKind.Text));
        kinds.Add((ArticleColumns[1].Name, ColumnKind.Text));
        var values = kinds.Select(_ => new List<object?>()).ToArray();
        var published = new List<DateTime?>();
        while (reader.Read())
        {
            for (var i = 0; i < kinds.Count; i++) values[i].Add(reader.IsDBNull(i) ? null : Value(reader, i, kinds[i].Kind));
            published.Add(reader.IsDBNull(kinds.Count) ? null : reader.GetDateTime(kinds.Count));
        }
        var columns = kinds.Select((k, i) => TableFrame.Column(k.Name, k.Kind, values[i])).ToList();
        columns.Add(new PrimitiveDataFrameColumn<DateTime>(ArticleColumns[2].Name, published));
        return new DataFrame(columns);
    }

    private static object Value(DbDataReader reader, int i, ColumnKind kind) => kind switch
    {
        ColumnKind.Integer => reader.GetInt32(i),
        ColumnKind.Number => reader.GetDouble(i),
        ColumnKind.Boolean => reader.GetBoolean(i),
        _ => reader.GetString(i),
    };
}
