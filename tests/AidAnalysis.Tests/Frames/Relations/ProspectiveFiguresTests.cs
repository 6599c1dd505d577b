using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>Money a giver may give or is expected to give is no decision yet: unspecified, never new money; sentences written for the tests.</summary>
public class ProspectiveFiguresTests
{
    [Fact]
    public void Figures_a_giver_is_considering_could_give_or_is_expected_to_approve_are_not_new_money()
    {
        const string text = "Sweden pledges $30 million for Lesotho drought relief\n\n" +
            "Sweden has pledged $30 million in emergency food aid for Lesotho, the foreign ministry said on Tuesday.\n\n" +
            "The Asian Development Bank is considering a $20 million grant for water supplies, officials said.\n\n" +
            "The World Bank's board is expected to approve $15 million in budget support next month.\n\n" +
            "A review in the autumn could release a further $10 million, the finance ministry said.\n";
        var funding = TestSupport.Analyze(text).Funding;
        Assert.True(Assert.Single(funding, f => f.AmountText == "$30 million").Counted);
        string[] prospects = ["$20 million", "$15 million", "$10 million"];
        Assert.Equal(3, funding.Count(f => prospects.Contains(f.AmountText)));
        Assert.All(funding.Where(f => prospects.Contains(f.AmountText)), f =>
        {
            Assert.False(f.Counted);
            Assert.Equal(FundingStatus.Unspecified, f.Status);
        });
    }
}
