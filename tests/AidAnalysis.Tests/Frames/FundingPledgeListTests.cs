namespace AidAnalysis.Tests.Frames;

/// <summary>What other givers pledge further down is no part of a figure one named state gives; sentences written for the tests.</summary>
public class FundingPledgeListTests
{
    [Fact]
    public void Pledges_of_other_states_below_a_state_s_own_pledge_are_counted_on_their_own()
    {
        const string text = "Portugal pledges $200 million for flood relief\n\n" +
            "Portugal has pledged $200 million in emergency aid for Haiti, the foreign ministry said on Tuesday.\n\n" +
            "Sweden said it would give $50 million in humanitarian aid, and Japan said it would give $20 million in food assistance.\n";
        var funding = TestSupport.Analyze(text).Funding;
        Assert.Equal(["$200 million", "$50 million", "$20 million"], funding.Select(f => f.AmountText));
        Assert.All(funding, f => Assert.Null(f.PartOfId));
        Assert.All(funding, f => Assert.True(f.Counted));
    }
}
