namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>An international body gives across borders like a foreign state: its money that no clause and no other figure
/// sends anywhere arrives in the state the story is datelined in. Sentences written for the tests.</summary>
public class InternationalBodyLocalRecipientTests
{
    private const string Lead = "Floods leave thousands homeless\n\nNAIROBI, Kenya (Reuters) - Rivers burst their banks across northern Kenya this week, officials said.\n\n";

    private static string? RecipientOf(string body, string amount) =>
        TestSupport.Analyze(Lead + body).Funding.Single(f => f.AmountText == amount).Recipient;

    [Theory]
    [InlineData("The European Union released 2 million euros for clean water and tents on Thursday.", "2 million euros")]
    [InlineData("On Friday the Asian Development Bank approved a $4 million grant for rebuilding schools.", "$4 million")]
    [InlineData("The World Bank, which has worked in the region for decades, said it would provide $10 million for new bridges.", "$10 million")]
    public void An_international_body_gives_to_the_dateline_state(string body, string amount) =>
        Assert.Equal("Kenya", RecipientOf(body, amount));

    [Fact]
    public void A_charity_is_no_international_body() =>
        Assert.Null(RecipientOf("Oxfam said it had spent $1 million on clean water.", "$1 million"));

    [Fact]
    public void A_receiver_the_clause_names_is_kept() =>
        Assert.Equal("Somalia", RecipientOf("The European Union released 2 million euros for Somalia, where the rains also struck.", "2 million euros"));

    // A body datelined at its own seat, in a story that names the seat's state no further, writes from home.
    [Theory]
    [InlineData("MANILA - The Asian Development Bank said on Monday it had approved a $300 million loan to upgrade power lines.\n\nThe bank, based in Manila, said more would follow.", "$300 million")]
    [InlineData("BRUSSELS - The European Union released 40 million euros in new grants on Tuesday, officials said in Brussels.", "40 million euros")]
    public void A_body_datelined_at_its_seat_gives_nothing_to_that_state(string text, string amount) =>
        Assert.Null(TestSupport.Analyze("Bank backs new lines\n\n" + text).Funding.Single(f => f.AmountText == amount).Recipient);
}
