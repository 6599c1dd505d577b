using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>Money received with no receiver named in its own clause goes to whoever asked for it a few paragraphs up
/// (SCHEMA.md: requested money is asked for by its recipient). Sentences and names written for the tests.</summary>
public class ReceivedAgainstRequestTests
{
    private static IReadOnlyList<FundingFigure> Funding(string text) => TestSupport.Analyze(text).Funding;

    [Theory]
    [InlineData("The Red Cross appealed on Monday for $12 million to help flood victims in Ruritania.\n\nSo far, it has received $3 million, a spokeswoman said.", "$3 million", "International Committee of the Red Cross")]
    [InlineData("UNICEF launched an appeal for $25 million for children in Ruritania.\n\nAs of Friday, the appeal had received $6 million, leaving a gap of $19 million.", "$6 million", "UNICEF")]
    [InlineData("The World Food Programme asked donors for $30 million in March.\n\nThe agency has received $11 million, its country director said on Tuesday.", "$11 million", "World Food Programme")]
    public void An_unnamed_receiver_is_the_one_who_asked(string text, string amount, string recipient) =>
        Assert.Equal(recipient, Funding(text).Single(f => f.AmountText == amount).Recipient);

    [Fact]
    public void A_receiver_the_clause_names_is_its_own() =>
        Assert.NotEqual("UN Refugee Agency", Funding("The UN refugee agency appealed for $40 million for shelters in Ruritania.\n\n"
            + "Separately, the Ruritanian Red Cross has received $2 million from Japan for flood relief.").Single(f => f.AmountText == "$2 million").Recipient);

    [Fact]
    public void A_request_many_paragraphs_up_is_another_story() =>
        Assert.Null(Funding("The UN refugee agency appealed for $40 million for shelters in Ruritania.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\n"
            + "As of Friday, it had received $5 million.").Single(f => f.AmountText == "$5 million").Recipient);

    [Fact]
    public void A_state_named_between_the_request_and_the_receipt_is_who_received() =>
        Assert.NotEqual("UNICEF", Funding("UNICEF appealed for $25 million for children in Ruritania this year.\n\n"
            + "Japan's foreign ministry said on Monday that it had already given $4 million.\n\n"
            + "It said it had received $1 million back from a closed project.").Single(f => f.AmountText == "$1 million").Recipient);
}
