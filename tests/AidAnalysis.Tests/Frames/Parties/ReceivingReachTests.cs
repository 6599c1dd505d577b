namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>A verb of receiving governs its own list (its object and the items after it whose verb is left out); an amount after a
/// clause boundary or with a verb of its own is another clause's, and takes neither the earlier verb's receiver nor its "received"
/// reading. Sentences written for the tests.</summary>
public class ReceivingReachTests
{
    private const string Story = "Aid for the region\n\nThe European Union announced €200 million on Monday for refugees who fled the fighting. ";

    private static (string? Donor, string? Recipient) PartiesOf(string sentence, string amount)
    {
        var row = TestSupport.Analyze(Story + sentence).Funding.First(f => f.AmountText == amount);
        return (row.Donor, row.Recipient);
    }

    [Theory]
    // An amount that is the subject of its own verb, after a contrastive clause opener.
    [InlineData("Chad will receive €80 million, while €60 million goes to Niger.", "€60 million", "Niger")]
    // After a semicolon, with an auxiliary and another verb.
    [InlineData("Kenya will receive €40 million; €30 million will be paid to Somalia.", "€30 million", "Somalia")]
    // An elided item after such a clause keeps that clause's marker, not the first verb's subject.
    [InlineData("Chad will receive €80 million, while €60 million goes to Niger, €20 million to Mali and €10 million to Togo.", "€20 million", "Mali")]
    public void An_amount_of_another_clause_is_not_the_earlier_verbs(string sentence, string amount, string recipient) =>
        Assert.Equal(("European Union", recipient), PartiesOf(sentence, amount));

    [Theory]
    // Items adding up to more than the object (60 + 20 would equal it, a breakdown).
    [InlineData("Chad will receive €80 million, Niger €70 million and Mali €20 million.", "€70 million", "Niger")]
    [InlineData("Chad will receive €80 million this year, and Mali €20 million.", "€20 million", "Mali")]
    public void A_party_before_an_elided_item_of_a_receiving_list_receives(string sentence, string amount, string recipient) =>
        Assert.Equal(("European Union", recipient), PartiesOf(sentence, amount));

    [Fact]
    public void Coordinated_amounts_of_one_receiving_verb_keep_its_receiver()
    {
        var (_, recipient) = PartiesOf("The World Food Programme has received €8 million in cash and €2 million worth of food from Japan.", "€2 million");
        Assert.Equal("World Food Programme", recipient);
    }

    [Fact]
    public void A_converted_amount_does_not_end_the_receiving_list()
    {
        var (_, recipient) = PartiesOf("UNICEF received €5 million (about $5.4 million) and €1 million in supplies from Norway.", "€1 million");
        Assert.Equal("UNICEF", recipient);
    }

    [Theory]
    // A colon sets the items off from the object: a breakdown of it by giver.
    [InlineData("The agency has received €120 million this year: Germany €40 million, Sweden €35 million and Japan €20 million.", "€35 million", "Sweden", "agency")]
    // Two items adding up to no more than the object, no colon.
    [InlineData("The fund has received €50 million, Britain €20 million and Germany €15 million.", "€15 million", "Germany", "fund")]
    public void A_breakdown_of_the_received_amount_keeps_its_givers(string sentence, string amount, string donor, string receiver)
    {
        var (given, received) = PartiesOf(sentence, amount);
        Assert.Equal(donor, given);
        Assert.NotEqual(donor, received);
        Assert.DoesNotContain(receiver, given ?? "");
    }
}
