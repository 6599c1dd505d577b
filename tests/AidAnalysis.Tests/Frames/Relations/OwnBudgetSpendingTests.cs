using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>OwnBudgetSpending: a government's spending from its own budget at home is no aid and no new money; money from a
/// budget for another state stays as read. Fixtures written for these tests.</summary>
public class OwnBudgetSpendingTests
{
    [Fact]
    public void Money_from_the_governments_own_budget_is_not_new_money()
    {
        var figure = TestSupport.Process("Paraguay's finance minister said the government had set aside $12 million from its 2026 budget for flood relief.",
            new DateOnly(2026, 3, 4)).ToAnalysis().Funding.Single();
        Assert.False(figure.Counted);
        Assert.Equal(AidType.Unspecified, figure.AidType);
        Assert.Equal(FundingStatus.Unspecified, figure.Status);
    }

    [Fact]
    public void Money_from_the_national_budget_is_not_new_money()
    {
        var figure = TestSupport.Process("The government of Paraguay has allocated $7 million from the national budget for emergency shelters.",
            new DateOnly(2026, 3, 4)).ToAnalysis().Funding.Single();
        Assert.False(figure.Counted);
    }

    [Fact]
    public void Money_from_a_budget_for_another_state_stays_new_money()
    {
        var figure = TestSupport.Process("Norway will give $5 million from its 2026 budget to Paraguay for flood relief.",
            new DateOnly(2026, 3, 4)).ToAnalysis().Funding.Single();
        Assert.True(figure.Counted);
    }

    [Fact]
    public void Money_from_a_states_own_budget_for_an_international_body_stays_aid()
    {
        var figure = TestSupport.Process("Japan will give $10 million from its own budget to the World Food Programme for refugees in Chad, the foreign ministry said.",
            new DateOnly(2026, 3, 4)).ToAnalysis().Funding.Single();
        Assert.NotEqual(FundingStatus.Unspecified, figure.Status);
    }

    [Fact]
    public void A_state_whose_name_holds_the_givers_is_another_state()
    {
        var figure = TestSupport.Process("Niger will send $2 million from its national budget to Nigeria for flood victims, the government said.",
            new DateOnly(2026, 3, 4)).ToAnalysis().Funding.Single();
        Assert.NotEqual(FundingStatus.Unspecified, figure.Status);
    }

    [Fact]
    public void Money_in_budget_support_is_a_donors_aid()
    {
        var figure = TestSupport.Process("Sweden pledged $4 million in flood relief to Bolivia on Monday. A further $9 million in annual budget support will follow.",
            new DateOnly(2026, 3, 4)).ToAnalysis().Funding.Single(f => f.AmountText == "$9 million");
        Assert.Equal("Sweden", figure.Donor);
        Assert.Equal("Bolivia", figure.Recipient);
    }

    [Fact]
    public void A_foreign_givers_development_budget_is_aid_to_the_receiver()
    {
        var figure = TestSupport.Process("Norway pledged $4 million in flood relief to Bolivia on Monday. Norway will provide a further $2 million from its development budget.",
            new DateOnly(2026, 3, 4)).ToAnalysis().Funding.Single(f => f.AmountText == "$2 million");
        Assert.Equal("Norway", figure.Donor);
        Assert.Equal("Bolivia", figure.Recipient);
    }
}
