using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>A lender's aid money that no word types is financial; an estimate of what was lost ("put the damage at $X")
/// keeps no type, whatever relief the sentence names. Sentences written for the tests.</summary>
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
}
