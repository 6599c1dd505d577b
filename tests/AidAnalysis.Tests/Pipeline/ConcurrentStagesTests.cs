using AidAnalysis.Model;
using AidAnalysis.Output;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests.Pipeline;

/// <summary>Stages run side by side on long texts must give what they give one after another: any layer a stage reads
/// without declaring it would be missing on its branch and change the result.</summary>
public class ConcurrentStagesTests
{
    private const string Fixture = """
        Lisbon pledges aid to flood-hit Mozambique

        MAPUTO, March 4 (Wire) - Portugal will provide $5 million to Mozambique for shelter and clean water, the foreign
        ministry said on Monday. "No family will be left without a roof," said Ana Costa, the minister for
        cooperation. The package includes $3 million for shelter and $2 million for water. Officials said the money
        would arrive within weeks. Portugal has provided $40 million to Mozambique since 2019, according to the ministry.
        The World Food Programme said it needed a further $12 million and warned that stocks could run out by June.
        Spain, Italy and Greece also pledged 2 million euros ($2.2 million) each for food aid and medical supplies.

        """;

    private static string Json(AnalysisDocument document) => AnalysisJson.Serialize(document.ToAnalysis());

    private static void AssertSameBothWays(Article article)
    {
        var pipeline = TestSupport.Pipeline;
        var inOrder = pipeline.ProcessInOrder(article);
        var concurrent = pipeline.ProcessConcurrently(article).GetAwaiter().GetResult();
        Assert.NotEmpty(inOrder.Claims);
        Assert.NotEmpty(inOrder.Funding);
        Assert.Equal(Json(inOrder), Json(concurrent));
    }

    [Fact]
    public void A_long_text_gives_the_same_analysis_with_stages_side_by_side()
    {
        var text = string.Concat(Enumerable.Repeat(Fixture, AnalysisPipeline.ConcurrentFromLength / Fixture.Length + 1));
        Assert.True(text.Length >= AnalysisPipeline.ConcurrentFromLength);
        AssertSameBothWays(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2024, 3, 5)), "long.txt"));
    }

    [Fact]
    public void A_short_text_gives_the_same_analysis_with_stages_side_by_side() =>
        AssertSameBothWays(Article.FromText(Fixture, new ArticleMetadata(Published: new DateOnly(2024, 3, 5)), "short.txt"));

    [CorpusFact]
    public void Every_dev_article_gives_the_same_analysis_with_stages_side_by_side()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(CorpusPaths.Root!, "articles"), "*.txt"))
            AssertSameBothWays(Article.FromText(File.ReadAllText(path), new ArticleMetadata(), Path.GetFileName(path)));
    }

    [Fact]
    public void Claims_still_name_the_figures_they_mention()
    {
        var analysis = TestSupport.Analyze("Officials said Norway will give $4 million to Chad for food.");
        var claim = Assert.Single(analysis.Claims);
        Assert.Equal([Assert.Single(analysis.Funding).Id], claim.FundingIds);
    }
}
