using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>A delivering cue whose own verb group is future ("will be delivered") promises the shares listed after it in
/// later clauses of the sentence; sentences written for the tests.</summary>
public class FundingFutureCueTests
{
    [Fact]
    public void A_share_listed_after_a_future_delivery_is_pledged()
    {
        var analysis = TestSupport.Analyze("Norway to help Lumora\n\nNorway will give Lumora $6 million in food aid, the ministry said. "
            + "The money will be delivered through two UN agencies: $4 million through the World Food Programme and $2 million through UNICEF.");
        Assert.Equal(FundingStatus.Pledged, analysis.Funding.Single(f => f.AmountText == "$2 million").Status);
    }
}
