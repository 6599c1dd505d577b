using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>A share the amount's own future predicate assigns ("will go to") is pledged, whatever decision word the sentence
/// holds for the whole; sentences written for the tests.</summary>
public class FundingFutureShareTests
{
    [Fact]
    public void A_share_that_will_go_to_a_receiver_is_pledged_beside_an_approval()
    {
        var analysis = TestSupport.Pipeline.Analyze(Article.FromText("Ireland will give Malawi €3 million in relief after the drought. "
            + "The money, earmarked by parliament last week, will be divided among two charities: €2 million will go to Oxfam for seeds "
            + "and €1 million to Save the Children.", new ArticleMetadata(Published: new DateOnly(2025, 3, 4)), "t.txt"));
        Assert.Equal(FundingStatus.Pledged, analysis.Funding.Single(f => f.AmountText == "€2 million").Status);
    }
}
