namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>Money a receiver is yet to get ("will receive", "would receive", "is to get") whose clause names no giver is the story's
/// giver's, shared out; money received so far, or a giver the clause names, is left as read. Sentences written for the tests.</summary>
public class ReceiptToComeTests
{
    private const string Story = "Ireland pledges aid to Lumora\n\nIreland will provide €20 million in humanitarian aid to Lumora, the Department of Foreign Affairs said on Monday. ";

    private static string? DonorOf(string sentence, string amount) =>
        TestSupport.Analyze(Story + sentence).Funding.Single(f => f.AmountText == amount).Donor;

    [Theory]
    [InlineData("The World Food Programme will receive €8 million for food in the north.", "€8 million")]
    [InlineData("Each displaced family would receive €500 for shelter, the department said.", "€500")]
    [InlineData("UNICEF is to get €6 million for clean water.", "€6 million")]
    [InlineData("The Red Cross, which runs the camps, is due to receive €3 million.", "€3 million")]
    public void A_receipt_to_come_is_the_storys_givers(string sentence, string amount) => Assert.Equal("Ireland", DonorOf(sentence, amount));

    [Fact]
    public void Money_received_so_far_takes_no_giver_from_the_story() =>
        Assert.Null(DonorOf("UNICEF has received €6 million so far this year.", "€6 million"));

    [Fact]
    public void A_giver_the_clause_names_stays() =>
        Assert.Equal("Japan", DonorOf("The World Food Programme will receive €4 million from Japan.", "€4 million"));

    [Theory]
    [InlineData("Lumora will receive €150 million from selling electricity to its neighbours this winter.", "€150 million")]
    [InlineData("The port authority is to get €12 million from higher fees on cargo.", "€12 million")]
    public void Money_to_come_from_a_source_the_clause_names_is_not_the_storys_givers(string sentence, string amount) =>
        Assert.Null(DonorOf(sentence, amount));
}
