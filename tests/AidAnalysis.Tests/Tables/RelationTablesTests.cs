using AidAnalysis.Model;
using AidAnalysis.Tables;

namespace AidAnalysis.Tests.Tables;

public class RelationTablesTests
{
    [Fact]
    public void Funding_frame_carries_part_of_and_counted_and_checks_have_their_own_frame()
    {
        var analysis = TestSupport.Pipeline.Analyze(Article.FromText(
            "Chile had previously allocated $12 million to rural clinics, and $8 million will be allocated next year.",
            new ArticleMetadata(Published: new DateOnly(2024, 5, 2)), "t.txt"));
        var tables = AnalysisTables.From(analysis);
        Assert.Contains("part_of", tables.Funding.Columns.Select(c => c.Name));
        Assert.Equal(8_000_000, tables.NewMoneyUsd, 0);
        Assert.Equal(12_000_000, tables.EarlierUsd, 0);
        var check = Assert.Single(tables.Checks.Rows);
        Assert.Equal("change_from_earlier", check["kind"]);
        Assert.Contains(tables.All, t => t.Name == "checks");
    }
}
