using System.Text.Json;
using AidAnalysis.Loading;
using AidAnalysis.Model;
using AidAnalysis.Output;
using AidAnalysis.Tables;
using AidAnalysis.Tables.Rows;

namespace AidAnalysis.Tests.Tables;

/// <summary>The JSON, the DataFrames and the CSV carry exactly the declared columns of every row kind, with the declared values.</summary>
public class RowDeclarationTests
{
    /// <summary>Two articles that between them have a row of every kind: the sample article, and a fixture with a change check.</summary>
    public static IReadOnlyList<ArticleAnalysis> Analyses() =>
    [
        TestSupport.Pipeline.Analyze(new ArticleLoader().Load(TestSupport.SampleArticle)),
        TestSupport.Pipeline.Analyze(Article.FromText(
            "Chile had previously allocated $12 million to rural clinics, and $8 million will be allocated next year.",
            new ArticleMetadata(Published: new DateOnly(2024, 5, 2)), "t.txt")),
    ];

    [Fact]
    public void The_fixture_has_rows_of_every_kind_and_every_list_column_non_empty_somewhere()
    {
        var analyses = Analyses();
        foreach (var schema in ResultRows.All)
        {
            var rows = analyses.SelectMany(schema.Rows).ToList();
            Assert.True(rows.Count > 0, schema.Name);
            for (var i = 0; i < schema.Columns.Count; i++)
                if (schema.Columns[i].Kind is ColumnKind.IdList or ColumnKind.SpanList)
                    Assert.True(rows.Any(r => schema.Columns[i].TableValue(r[i]) is string { Length: > 0 }), $"{schema.Name}.{schema.Columns[i].Name}");
        }
    }

    [Fact]
    public void Json_rows_have_the_declared_columns_in_order_with_the_declared_values()
    {
        foreach (var analysis in Analyses())
        {
            var root = JsonDocument.Parse(AnalysisJson.Serialize(analysis)).RootElement;
            Assert.Equal(["article", .. ResultRows.InJson.Select(s => s.Name)], root.EnumerateObject().Select(p => p.Name));
            foreach (var schema in ResultRows.InJson)
            {
                var json = root.GetProperty(schema.Name).EnumerateArray().ToList();
                var rows = schema.Rows(analysis).ToList();
                Assert.Equal(rows.Count, json.Count);
                foreach (var (cells, obj) in rows.Zip(json))
                {
                    Assert.Equal(schema.Columns.Select(c => c.Name), obj.EnumerateObject().Select(p => p.Name));
                    for (var i = 0; i < cells.Length; i++)
                        Assert.Equal(schema.Columns[i].TableValue(cells[i]), TableValue(schema.Columns[i].Kind, obj.GetProperty(schema.Columns[i].Name)));
                }
            }
        }
    }

    [Fact]
    public void Dataframes_and_csv_have_the_article_id_then_the_declared_columns_typed_by_kind()
    {
        var analyses = Analyses();
        var tables = AnalysisTables.From(analyses);
        Assert.Equal(ResultRows.All.Select(s => s.Name), tables.All.Select(t => t.Name));
        foreach (var (schema, (_, frame)) in ResultRows.All.Zip(tables.All))
        {
            DeclaredFrames.AssertMatches(schema, frame, analyses);
            var csv = CsvWriter.ToCsv(frame).Split('\n');
            Assert.Equal(string.Join(',', [IRowSchema.ArticleKey, .. schema.Columns.Select(c => c.Name)]), csv[0]);
            Assert.Equal(frame.Rows.Count + 2, csv.Length);
        }
    }

    /// <summary>A JSON value in its flat-table form, to compare with the declared value.</summary>
    private static object? TableValue(ColumnKind kind, JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : kind switch
    {
        ColumnKind.Integer => value.GetInt32(),
        ColumnKind.Number => value.GetDouble(),
        ColumnKind.Boolean => value.GetBoolean(),
        ColumnKind.IdList => string.Join(' ', value.EnumerateArray().Select(v => v.GetString())),
        ColumnKind.SpanList => string.Join(' ', value.EnumerateArray().Select(v => $"{v.GetProperty("start").GetInt32()}-{v.GetProperty("end").GetInt32()}")),
        _ => value.GetString(),
    };
}
