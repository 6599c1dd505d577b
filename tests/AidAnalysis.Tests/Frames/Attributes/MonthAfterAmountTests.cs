using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>GivenInEarlierMonth: a month phrase right after the amount (or its conversion) dates the clause's past act;
/// fixtures written for these tests.</summary>
public class MonthAfterAmountTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static FundingStatus StatusOf(string text, string amount) =>
        TestSupport.Process(text, Published).ToAnalysis().Funding.Single(f => f.AmountText == amount).Status;

    [Theory]
    [InlineData("Varnia announced €10 million (about $11 million) in March for flood relief in Ostrava.")]
    [InlineData("Varnia donated €10 million last month for flood relief in Ostrava.")]
    public void Money_given_in_an_earlier_month_is_previous(string text) =>
        Assert.Equal(FundingStatus.Previous, StatusOf(text, "€10 million"));

    [Fact]
    public void A_month_of_a_later_year_leaves_the_status() =>
        Assert.Equal(FundingStatus.Pledged, StatusOf("Varnia announced €10 million in March 2026 for flood relief in Ostrava.", "€10 million"));

    // The month dates only the verb governing the amount: not a past act in a relative clause, nor one a future or modal
    // stands after.
    [Theory]
    [InlineData("Varnia, which pledged aid to Ostrava last year, will disburse €10 million in March for flood relief.")]
    [InlineData("Varnia agreed to disburse €10 million in March for flood relief in Ostrava.")]
    public void A_past_act_outside_the_amounts_clause_is_not_dated(string text) =>
        Assert.Equal(FundingStatus.Pledged, StatusOf(text, "€10 million"));
}
