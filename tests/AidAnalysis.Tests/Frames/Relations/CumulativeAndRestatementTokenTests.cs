using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Relations;

/// <summary>The running-total, programme and restatement wordings read on tokens (CumulativeWording, RestatementWording);
/// fixtures written for these tests. The restatement tests fail without RestatedInOtherCurrency; the earlier-money tests guard
/// the token reading but the status reader also marks these amounts earlier money, so they pass without CumulativeTotals too.</summary>
public class CumulativeAndRestatementTokenTests
{
    private static ArticleAnalysis Analyze(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 9, 18)), "t.txt"));

    private static FundingFigure Row(ArticleAnalysis a, string amountText) => a.Funding.Single(f => f.AmountText == amountText);

    private const string Lead = "Oslo pledged $40 million for flood relief on Monday. ";

    [Theory]
    [InlineData("Bergen has pledged $8 million to the region so far.")]
    [InlineData("Bergen has pledged $8 million to the region since the outbreak.")]
    [InlineData("Bergen has pledged $8 million to the region Since March.")]
    [InlineData("Bergen has pledged $8 million to the region over the past three years.")]
    [InlineData("Bergen pledged $8 million in total for shelters.")]
    [InlineData("Bergen pledged $8 million a year from 2024 to 2027 for shelters.")]
    [InlineData("Bergen pledged $8 million for shelters over the next four years.")]
    public void A_sum_of_earlier_money_or_a_programme_after_the_lead_is_earlier_money(string second)
    {
        var a = Analyze(Lead + second);
        Assert.Equal(FundingStatus.Previous, Row(a, "$8 million").Status);
        Assert.NotEqual(FundingStatus.Previous, Row(a, "$40 million").Status);
    }

    /// <summary>Told first, the sum would otherwise be the story's lead and keep its status.</summary>
    [Theory]
    [InlineData("Bergen has pledged $80 million to the region so far.")]
    [InlineData("Bergen has pledged $80 million to the region since the outbreak.")]
    [InlineData("Bergen has pledged $80 million to the region Since March.")]
    [InlineData("Bergen has pledged $80 million over the past three years.")]
    [InlineData("Bergen pledged $80 million in total for shelters.")]
    public void A_sum_of_earlier_money_told_first_is_earlier_money(string first)
    {
        var a = Analyze(first + " On Monday Oslo pledged $8 million for flood relief.");
        Assert.Equal(FundingStatus.Previous, Row(a, "$80 million").Status);
        Assert.Equal(FundingStatus.Pledged, Row(a, "$8 million").Status);
    }

    [Fact]
    public void A_total_still_to_come_is_not_a_sum_of_earlier_money() =>
        Assert.NotEqual(FundingStatus.Previous, Row(Analyze(Lead + "Bergen will give $8 million in total for shelters."), "$8 million").Status);

    [Theory]
    [InlineData("The grant, worth about $11 million, goes to shelters.")]
    [InlineData("Together, the grants amount to nearly $11 million.")]
    [InlineData("This is equivalent to approx. $11 million.")]
    public void A_sentence_valuing_the_figure_before_in_another_currency_restates_it(string second)
    {
        var a = Analyze("Berlin pledged €10 million for flood relief on Monday. " + second);
        Assert.Equal(Row(a, "€10 million").Id, Row(a, "$11 million").ConvertedFromId);
    }

    [Fact]
    public void A_sentence_not_opened_by_a_subject_word_restates_nothing() =>
        Assert.Null(Row(Analyze("Berlin pledged €10 million for flood relief on Monday. Paris, worth noting, gave $11 million."), "$11 million").ConvertedFromId);
}
