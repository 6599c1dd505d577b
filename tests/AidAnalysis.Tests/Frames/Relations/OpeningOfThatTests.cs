namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>A sentence opening "Of that," or "Of this," tells shares of the amount told just before it; sentences written for
/// the tests.</summary>
public class OpeningOfThatTests
{
    private static AidAnalysis.Model.FundingFigure Row(IReadOnlyList<AidAnalysis.Model.FundingFigure> funding, string text) =>
        Assert.Single(funding, f => f.AmountText == text);

    [Theory]
    // Every amount of the sentence is a share of the amount just before, whether or not they add up to it.
    [InlineData("The regional bank approved a $150 million package for roads in Ostria on Monday. Of that, $100 million is a loan and $25 million is a grant, the bank said.", "$150 million", "$100 million", "$25 million")]
    // The pronoun points to the latest amount, not to the story's first figure.
    [InlineData("Donors pledged €200 million for the rebuilding of Farland on Monday. The largest share, €90 million, will come from the Union budget. Of this, €40 million is set aside for bridges and €30 million for homes.", "€90 million", "€40 million", "€30 million")]
    public void Amounts_after_an_opening_of_that_are_shares_of_the_amount_just_told(string body, string whole, string first, string second)
    {
        var funding = TestSupport.Analyze("Relief for the islands\n\n" + body + "\n").Funding;
        Assert.Equal(Row(funding, whole).Id, Row(funding, first).PartOfId);
        Assert.Equal(Row(funding, whole).Id, Row(funding, second).PartOfId);
        Assert.False(Row(funding, first).Counted);
    }

    [Theory]
    // The amount just told is smaller: no whole for the pronoun to point to.
    [InlineData("Norway gave $5 million to the fund for Ostria last week. Of that, $8 million has reached the clinics, the ministry said.", "$8 million")]
    // "Of that" followed by a noun, not standing alone before a comma, is no pronoun for the amount.
    [InlineData("Norway gave $50 million to the fund for Ostria last week. Of that report's findings, the auditors said $8 million was spent on rent.", "$8 million")]
    public void Without_a_larger_amount_just_before_or_the_bare_pronoun_nothing_is_linked(string body, string amount)
    {
        var funding = TestSupport.Analyze("Relief for the islands\n\n" + body + "\n").Funding;
        Assert.Null(Row(funding, amount).PartOfId);
    }

    [Theory]
    // An amount after a comparison word is what the share is compared with, not another share.
    [InlineData("Norway pledged $120 million for Ostria on Monday. Of that, $40 million will go to food aid, up from $35 million last year, the ministry said.", "$35 million")]
    [InlineData("Norway pledged $120 million for Ostria on Monday. Of that, $40 million is for food, compared with $45 million a year earlier.", "$45 million")]
    public void An_amount_after_a_comparison_word_is_no_share_of_the_whole(string body, string compared)
    {
        var funding = TestSupport.Analyze("Relief for the islands\n\n" + body + "\n").Funding;
        Assert.Equal(Row(funding, "$120 million").Id, Row(funding, "$40 million").PartOfId);
        Assert.NotEqual(Row(funding, "$120 million").Id, Row(funding, compared).PartOfId);
    }

    [Fact]
    // "X of the Y it needs": the pronoun points to the money received, not to the need it is part of.
    public void The_pronoun_points_to_the_money_received_rather_than_the_need()
    {
        var funding = TestSupport.Analyze("Relief for the islands\n\nFreedonia has received $300 million of the $2 billion it needs this year, the UN said on Monday. Of that, $100 million came from the European Union.\n").Funding;
        Assert.Equal(Row(funding, "$300 million").Id, Row(funding, "$100 million").PartOfId);
    }
}
