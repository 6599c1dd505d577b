using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>The party a request is made to ("sought $X from Y", "appealed to Y for $X") is the donor of the money asked for;
/// sentences written for the tests.</summary>
public class RequestAddresseeTests
{
    private static readonly DateOnly March2025 = new(2025, 3, 4);

    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: March2025), "t.txt")).Funding
            .Single(f => f.AmountText == amount);

    [Theory]
    [InlineData("The Malawi Red Cross sought $2 million from Norway for temporary shelters.", "$2 million", "Norway")]
    [InlineData("Officials appealed to Japan for $5 million in food aid.", "$5 million", "Japan")]
    [InlineData("The health ministry appealed to international partners for about $60 million in flood relief.", "$60 million", "international partners")]
    [InlineData("Malawi is seeking $300 million in loans from the World Bank, the finance minister said.", "$300 million", "World Bank")]
    public void The_party_asked_gives_the_money_requested(string sentence, string amount, string donor)
    {
        var figure = Figure("Floods in Malawi\n\n" + sentence, amount);
        Assert.Equal(FundingStatus.Requested, figure.Status);
        Assert.Equal(donor, figure.Donor);
        Assert.NotEqual(donor, figure.Recipient);
    }

    [Fact]
    public void A_bank_named_after_its_state_gives_that_states_money()
    {
        var figure = Figure("Rail plans\n\nMalawi is seeking $300 million from the Export-Import Bank of China to extend its railway.", "$300 million");
        Assert.Equal("China", figure.Donor);
        Assert.Equal("Export-Import Bank of China", figure.DonorBody);
    }

    [Theory]
    [InlineData("The agency sought $2 million for refugees from Sudan.", "$2 million")]
    [InlineData("Officials appealed for $5 million to help children in Chad.", "$5 million")]
    [InlineData("The agency needs $30 million to move grain from Ruritania, officials said.", "$30 million")]
    [InlineData("The appeal sought $8 million for families returning from Ostravia.", "$8 million")]
    public void A_request_naming_no_one_asked_has_no_donor(string sentence, string amount) =>
        Assert.Null(Figure("Floods in Malawi\n\n" + sentence, amount).Donor);
}
