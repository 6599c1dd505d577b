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
    [Fact]
    public void Pledges_of_named_givers_in_paragraphs_that_follow_one_another_are_parts_of_the_conference_total_the_headline_tells()
    {
        const string text = "Donors pledge $900 million for Bangladesh flood relief at Geneva meeting\n\n" +
            "Norway announces $200 million package; agencies say needs remain large\n\n" +
            "By Jane Example\n\n" +
            "GENEVA: International donors pledged about $900 million in humanitarian aid for Bangladesh at a conference in Geneva on Tuesday.\n\n" +
            "Denmark pledged $120 million for food aid, while Sweden pledged $90 million for shelter, organisers said.\n\n" +
            "The European Union pledged $100 million for emergency health care, and Japan pledged $60 million in budget support.\n";
        var funding = TestSupport.Analyze(text).Funding;
        var total = Assert.Single(funding, f => f.AmountText == "$900 million");
        string[] pledges = ["$120 million", "$90 million", "$100 million", "$60 million"];
        Assert.All(funding.Where(f => pledges.Contains(f.AmountText)), f => Assert.Equal(total.Id, f.PartOfId));
        Assert.All(funding.Where(f => pledges.Contains(f.AmountText)), f => Assert.False(f.Counted));
        Assert.True(total.Counted);
        // The givers' pledges are typed by their own words; the total keeps the type its sentence gives it.
        Assert.Equal(AidAnalysis.Model.AidType.Humanitarian, total.AidType);
    }
}
