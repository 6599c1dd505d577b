using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>The party right before a verb of receipt still to come receives the amount (FutureReceiver); sentences written for
/// the tests.</summary>
public class FutureReceiverTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 3, 4)), "t.txt"))
            .Funding.First(f => f.AmountText == amount);

    [Theory]
    [InlineData("Japan pledged $20 million for the crisis on Monday. UNICEF is to get $6 million for child nutrition.", "$6 million", "UNICEF")]
    [InlineData("Norway announced $12 million in aid on Tuesday. Chad is to receive $4 million for shelter.", "$4 million", "Chad")]
    [InlineData("Sweden will give $9 million this year. The World Health Organization is set to receive $3 million of it.", "$3 million", "World Health Organization")]
    public void The_subject_of_a_receipt_to_come_receives(string text, string amount, string recipient) =>
        Assert.Equal(recipient, Figure(text, amount).Recipient);

    [Fact]
    public void A_party_further_back_than_the_verb_is_no_receiver() =>
        Assert.NotEqual("UNICEF", Figure("Kenya released $2 million through UNICEF, and each family would receive $300 in relief.", "$300").Recipient);
}
