namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>A sentence opening "The largest share, $X," tells one share of the news figure before it; sentences written for
/// the tests.</summary>
public class LargestShareOpeningTests
{
    private static AidAnalysis.Model.FundingFigure Row(IReadOnlyList<AidAnalysis.Model.FundingFigure> funding, string text) =>
        Assert.Single(funding, f => f.AmountText == text);

    [Theory]
    [InlineData("Five governments on Monday pledged a joint package of €120 million for Farland.\n\nThe largest share, €80 million, will come from the regional budget, officials said.", "€120 million", "€80 million")]
    [InlineData("The fund announced $60 million for the coast of Ostria on Friday.\n\nThe biggest portion, about $35 million, goes to shelter.", "$60 million", "$35 million")]
    public void The_amount_after_an_opening_largest_share_is_part_of_the_news_figure(string body, string whole, string share)
    {
        var funding = TestSupport.Analyze("Relief for the islands\n\n" + body + "\n").Funding;
        Assert.Equal(Row(funding, whole).Id, Row(funding, share).PartOfId);
    }

    [Theory]
    // The superlative without a part-noun names no share.
    [InlineData("The fund announced $60 million for the coast of Ostria on Friday.\n\nThe largest donor, Norway, gave $35 million to the ports.", "$35 million")]
    // A share larger than the figure before cannot be part of it.
    [InlineData("The fund announced $60 million for the coast of Ostria on Friday.\n\nThe largest share, $90 million, went to the capital last year.", "$90 million")]
    public void Without_a_part_noun_in_apposition_or_a_larger_news_figure_nothing_is_linked(string body, string amount)
    {
        var funding = TestSupport.Analyze("Relief for the islands\n\n" + body + "\n").Funding;
        Assert.Null(Row(funding, amount).PartOfId);
    }
}
