using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>A lender's aid money that no word types is financial; an estimate of what was lost ("put the damage at $X")
/// keeps no type, whatever relief the sentence names; a lender's money for a project that answers a crisis (a flood,
/// refugees, water supply) is financial unless its sentence names emergency relief or a UN agency receives it. Sentences
/// written for the tests.</summary>
public class LenderAndLossTypeTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 3, 10)), "t.txt"))
            .Funding.Single(f => f.AmountText == amount);

    [Fact]
    public void A_lenders_untyped_money_is_financial() =>
        Assert.Equal(AidType.Financial, Figure("The Asian Development Bank approved $120 million for Freedonia on Tuesday.", "$120 million").AidType);

    [Fact]
    public void A_valued_loss_keeps_no_type() =>
        Assert.Equal(AidType.Unspecified,
            Figure("Officials estimated the damage at about $40 million, as donors pledged relief to Ruritania.", "$40 million").AidType);

    [Fact]
    public void A_valued_loss_is_no_money_given()
    {
        var figure = Figure("Officials estimated the damage at about $40 million, as donors pledged relief to Ruritania.", "$40 million");
        Assert.Equal(FundingStatus.Unspecified, figure.Status);
        Assert.False(figure.Counted);
    }

    [Theory]
    [InlineData("The Asian Development Bank approved a $40 million grant to Freedonia for flood-resilient housing and drainage.", "$40 million")]
    [InlineData("Under its window for refugees and host communities, the World Bank will extend $75 million to Ruritania.", "$75 million")]
    [InlineData("Ruritania said $60 million from the African Development Bank, signed on Monday, would pay for water supply and sanitation in towns hit by the drought.", "$60 million")]
    [InlineData("A $90 million grant for disaster shelters in Freedonia was approved by the Asian Development Bank.", "$90 million")]
    public void A_lenders_project_for_a_crisis_is_financial(string text, string amount) =>
        Assert.Equal(AidType.Financial, Figure(text, amount).AidType);

    [Theory]
    [InlineData("The Asian Development Bank approved a $3 million grant to Freedonia from its disaster response fund after the floods.", "$3 million")]
    [InlineData("The World Bank pledged $5 million in emergency assistance to Ruritania after the earthquake.", "$5 million")]
    public void Emergency_relief_in_the_sentence_keeps_a_lenders_money_humanitarian(string text, string amount) =>
        Assert.Equal(AidType.Humanitarian, Figure(text, amount).AidType);

    // Relief goods or relief acts in the amount's own clause, or an aid charity receiving it, keep it humanitarian; these
    // were read as financial when only a UN agency receiving the money or a relief-act word anywhere in the sentence counted.
    [Theory]
    [InlineData("The Asian Development Bank gave $2 million to the Sylvanian Red Cross to provide tents, food and clean water to families displaced by the floods.", "$2 million")]
    [InlineData("The Islamic Development Bank donated $1 million in food aid for refugees sheltering in camps in Ruritania.", "$1 million")]
    [InlineData("The World Bank gave $3 million to Save the Children for flood-hit districts of Freedonia.", "$3 million")]
    public void Relief_goods_or_an_aid_charity_keep_a_lenders_money_humanitarian(string text, string amount) =>
        Assert.Equal(AidType.Humanitarian, Figure(text, amount).AidType);

    // Near-misses: "in response to" names the cause, and another party's emergency appeal after ", while" is not the
    // amount's clause; both stay financial.
    [Theory]
    [InlineData("In response to the drought, the African Development Bank approved a $200 million grant to Freedonia for irrigation canals in drought-hit provinces.", "$200 million")]
    [InlineData("The World Bank approved a $50 million grant for flood-resilient roads in Freedonia, while UN agencies launched an emergency appeal for flood victims.", "$50 million")]
    public void A_cause_or_another_partys_relief_leaves_a_lenders_project_financial(string text, string amount) =>
        Assert.Equal(AidType.Financial, Figure(text, amount).AidType);

    [Fact]
    public void A_lenders_money_to_a_UN_agency_stays_humanitarian() =>
        Assert.Equal(AidType.Humanitarian,
            Figure("The African Development Bank gave $8 million to the World Food Programme to feed families hit by the drought.", "$8 million").AidType);
}
