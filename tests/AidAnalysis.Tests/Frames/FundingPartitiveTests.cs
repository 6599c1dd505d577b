namespace AidAnalysis.Tests.Frames;

/// <summary>An amount followed by "of that", "of the total", "of that loan" is a share of the larger amount told before it;
/// sentences written for the tests.</summary>
public class FundingPartitiveTests
{
    private static AidAnalysis.Model.FundingFigure Row(IReadOnlyList<AidAnalysis.Model.FundingFigure> funding, string text) =>
        Assert.Single(funding, f => f.AmountText == text);

    [Theory]
    [InlineData("Donors pledged €400 million for the rebuilding of Farland on Monday. About €150 million of that will come as loans, an official said.", "€400 million", "€150 million")]
    [InlineData("The appeal seeks $80 million for the next six months.\n\nAid workers reached the coast on Friday.\n\nSome $25 million of the total is needed for shelter alone.", "$80 million", "$25 million")]
    [InlineData("Ministers agreed a $2 billion loan for the port of Velmora last year. The first $500 million of that loan, the treasury said, is due in March.", "$2 billion", "$500 million")]
    [InlineData("The fund approved $300 million for Ostria on Tuesday, and $120 million of the new funding was paid out within a day.", "$300 million", "$120 million")]
    public void A_share_told_with_of_and_a_word_pointing_back_is_part_of_the_larger_amount_before_it(string body, string whole, string share)
    {
        var funding = TestSupport.Analyze("Relief for the islands\n\n" + body + "\n").Funding;
        Assert.Equal(Row(funding, whole).Id, Row(funding, share).PartOfId);
    }

    [Theory]
    [InlineData("The bank lent $100 million for schools in Ostria. The ministry will add $40 million of its own money for teachers.", "$40 million")]
    [InlineData("The government pledged $90 million for health in Ostria. About $30 million of that year's budget went to clinics.", "$30 million")]
    // Another giver's total for another receiver: the share points back to its own giver's total, not to this one.
    [InlineData("Denmark gave $50 million to the rebuilding fund for Kenya last year.\n\nFinland this year paid $15 million of the total it had promised to Georgia in 2024, the ministry said.", "$15 million")]
    public void An_amount_of_a_possessive_or_of_another_noun_is_no_share(string body, string amount)
    {
        var funding = TestSupport.Analyze("Relief for the islands\n\n" + body + "\n").Funding;
        Assert.Null(Row(funding, amount).PartOfId);
    }
}
