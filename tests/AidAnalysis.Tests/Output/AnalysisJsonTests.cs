using System.Text.Json;
using AidAnalysis.Loading;
using AidAnalysis.Output;
using AidAnalysis.Tables;
using Microsoft.Data.Analysis;

namespace AidAnalysis.Tests.Output;

public class AnalysisJsonTests
{
    private static JsonElement SampleJson()
    {
        var analysis = TestSupport.Pipeline.Analyze(new ArticleLoader().Load(TestSupport.SampleArticle));
        return JsonDocument.Parse(AnalysisJson.Serialize(analysis)).RootElement;
    }

    [Fact]
    public void Writing_to_a_stream_gives_the_bytes_of_the_serialized_text()
    {
        var analysis = TestSupport.Pipeline.Analyze(new ArticleLoader().Load(TestSupport.SampleArticle));
        using var stream = new MemoryStream();
        AnalysisJson.Write(stream, analysis);
        Assert.Equal(new System.Text.UTF8Encoding(false).GetBytes(AnalysisJson.Serialize(analysis)), stream.ToArray());
    }

    [Fact]
    public void Json_has_the_schema_fields_and_enums()
    {
        var root = SampleJson();
        foreach (var field in new[] { "id", "title", "source", "author", "published", "language", "chars" })
            Assert.True(root.GetProperty("article").TryGetProperty(field, out _), field);
        var funding = root.GetProperty("funding")[0];
        foreach (var field in new[] { "amount_text", "value", "currency", "value_usd", "donor", "recipient", "purpose", "aid_type", "year", "status", "start", "end" })
            Assert.True(funding.TryGetProperty(field, out _), field);
        Assert.Contains(funding.GetProperty("status").GetString(), new[] { "pledged", "allocated", "delivered", "requested", "previous", "unspecified" });
        var actor = root.GetProperty("actors")[0];
        foreach (var field in new[] { "name", "kind", "role", "affiliation", "mentions" })
            Assert.True(actor.TryGetProperty(field, out _), field);
        var claim = root.GetProperty("claims")[0];
        foreach (var field in new[] { "speaker", "kind", "cue", "text", "hedged", "start", "end" })
            Assert.True(claim.TryGetProperty(field, out _), field);
        var item = root.GetProperty("aid_items")[0];
        foreach (var field in new[] { "item", "category", "lethal", "status", "provider", "recipient", "start", "end" })
            Assert.True(item.TryGetProperty(field, out _), field);
    }

    [Fact]
    public void Sample_article_has_both_funding_figures_with_spans()
    {
        var article = new ArticleLoader().Load(TestSupport.SampleArticle);
        var analysis = TestSupport.Pipeline.Analyze(article);
        Assert.Equal(["$6 million", "$9 million"], analysis.Funding.Select(f => f.AmountText));
        Assert.All(analysis.Funding, f => Assert.Equal("USD", f.Currency));
        TestSupport.AssertSpansValid(analysis);
        var six = analysis.Funding[0];
        Assert.Equal(("South Korea", "World Food Programme", 2025), (six.Donor, six.Channel, six.Year));
        Assert.Equal((Model.AidType.Humanitarian, Model.FundingStatus.Pledged), (six.AidType, six.Status));
        var nine = analysis.Funding[1];
        Assert.Equal(("South Korea", (int?)null, Model.FundingStatus.Previous), (nine.Donor, nine.Year, nine.Status));
    }

    [Fact]
    public void Sample_article_names_its_titled_people_organisations_and_states()
    {
        var analysis = TestSupport.Pipeline.Analyze(new ArticleLoader().Load(TestSupport.SampleArticle));
        var names = analysis.Actors.Select(a => a.Name).ToHashSet();
        foreach (var expected in new[] { "Ukraine", "South Korea", "Russia", "North Korea", "Yemen", "Somalia", "Rustem Umerov",
                     "Doo Jin-ho", "Yoon Suk-yeol", "Naila Huseynova", "Korea Institute for Defence Analyses", "South Korean Foreign Ministry", "World Food Programme" })
            Assert.Contains(expected, names);
    }

    [Fact]
    public void DataFrames_have_typed_columns()
    {
        var analysis = TestSupport.Pipeline.Analyze(new ArticleLoader().Load(TestSupport.SampleArticle));
        var tables = AnalysisTables.From(analysis);
        Assert.IsType<DoubleDataFrameColumn>(tables.Funding.Columns["value"]);
        Assert.IsType<Int32DataFrameColumn>(tables.Funding.Columns["year"]);
        Assert.IsType<StringDataFrameColumn>(tables.Funding.Columns["donor"]);
        Assert.Equal(6_000_000d, tables.Funding.Columns["value"][0]);
        Assert.Null(tables.Funding.Columns["year"][1]);
        Assert.Equal(analysis.Actors.Sum(a => a.Mentions.Count), tables.Mentions.Rows.Count);
    }

    [Fact]
    public void Csv_quotes_commas_and_leaves_nulls_empty()
    {
        var frame = new DataFrame(new StringDataFrameColumn("a", ["x, y", null]), new DoubleDataFrameColumn("b", [1.5, null]));
        Assert.Equal("a,b\n\"x, y\",1.5\n,\n", CsvWriter.ToCsv(frame));
    }
}
