using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>The aid type of amounts listed with "respectively" comes from the purpose the list shares; sentences written
/// for the tests.</summary>
public class FundingAidTypeReachTests
{
    [Fact]
    public void Every_amount_of_a_respectively_list_takes_the_shared_purposes_type()
    {
        var funding = TestSupport.Pipeline.Analyze(Article.FromText(
            "Kenya, Uganda and Ghana will send $400,000, $200,000 and $150,000 respectively for cyclone relief in southern Malawi.",
            new ArticleMetadata(Published: new DateOnly(2025, 11, 10)), "t.txt")).Funding;
        Assert.All(funding, f => Assert.Equal(AidType.Humanitarian, f.AidType));
    }
}
