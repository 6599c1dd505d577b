using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>A share the amount's own future predicate assigns ("will go to") is pledged, whatever decision word the sentence
/// holds for the whole; sentences written for the tests.</summary>
public class FundingFutureShareTests
{
    [Fact]
    public void A_share_that_will_go_to_a_receiver_is_pledged_beside_an_approval()
    {
        var analysis = TestSupport.Pipeline.Analyze(Article.FromText("Japan will give Nepal 1.5 billion yen in grant aid after the floods. "
            + "The grant, approved by the cabinet on Tuesday, will be split between two agencies: 800 million yen will go to UNICEF for clean water "
            + "and 700 million yen to the World Food Programme.", new ArticleMetadata(Published: new DateOnly(2025, 3, 4)), "t.txt"));
        Assert.Equal(FundingStatus.Pledged, analysis.Funding.Single(f => f.AmountText == "800 million yen").Status);
    }
}
