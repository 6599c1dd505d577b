using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>SCHEMA.md charts the recipient at the donor's level: a body of the receiving state stands for that state. Sentences
/// and names written for the tests.</summary>
public class StateLevelRecipientTests
{
    private static IReadOnlyList<FundingFigure> Funding(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 6, 10)), "t.txt")).Funding;

    [Theory]
    [InlineData("Norway will lend $40 million to the Ghanaian Ministry of Energy to rebuild the grid.", "Ghana")]
    [InlineData("Under the deal, $25 million goes to the Peruvian army for field hospitals, officials said.", "Peru")]
    [InlineData("Relief supplies worth $3 million were handed by Denmark to the Fijian National Disaster Management Office.", "Fiji")]
    public void A_ministry_force_or_national_office_of_the_receiving_state_is_that_state(string text, string state) =>
        Assert.Equal(state, Funding(text).Single().Recipient);

    [Theory]
    // The giver's own ministry: spending through its own department, no transfer to itself.
    [InlineData("Kenya allocated Sh900 million to the Kenyan Ministry of Health for cholera vaccines.", "Kenyan Ministry of Health")]
    // A society of the state's people is no body of its government.
    [InlineData("The Canadian government gave C$7 million to the Canadian Red Cross for flood relief.", "Canadian Red Cross")]
    public void A_body_of_the_giver_or_no_state_body_keeps_its_name(string text, string recipient) =>
        Assert.Equal(recipient, Funding(text).Single().Recipient);
}
