using System.Text.Json;
using AidAnalysis.Loading;
using AidAnalysis.Output;

namespace AidAnalysis.Tests.Output;

public class RelationsJsonTests
{
    [Fact]
    public void Sample_json_counts_the_new_six_million_not_the_earlier_nine_and_lists_the_change_check()
    {
        var analysis = TestSupport.Pipeline.Analyze(new ArticleLoader().Load(TestSupport.SampleArticle));
        var root = JsonDocument.Parse(AnalysisJson.Serialize(analysis)).RootElement;
        var counted = root.GetProperty("funding").EnumerateArray()
            .Where(f => f.GetProperty("counted").GetBoolean()).Select(f => f.GetProperty("amount_text").GetString()!).ToArray();
        Assert.Equal(["$6 million"], counted);
        var check = Assert.Single(root.GetProperty("checks").EnumerateArray());
        Assert.Equal("change_from_earlier", check.GetProperty("kind").GetString());
        Assert.Equal(2, check.GetProperty("funding_ids").GetArrayLength());
        var span = check.GetProperty("spans")[0];
        Assert.Equal("$9 million", analysis.Article.Text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]);
        Assert.Equal(-0.3333, check.GetProperty("change").GetDouble(), 3);
    }
}
