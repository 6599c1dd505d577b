using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>Several states named together as a regional group receive (RegionalGroupRecipient, read over the token layer);
/// sentences written for the tests.</summary>
public class RegionalGroupRecipientTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 3, 4)), "t.txt"))
            .Funding.First(f => f.AmountText == amount);

    [Theory]
    [InlineData("Loans worth $4 billion went to Central Asian governments last year, the lender said.", "$4 billion", "Central Asian governments")]
    [InlineData("The fund set aside $900 million to help the Caribbean nations rebuild after the storms.", "$900 million", "Caribbean nations")]
    [InlineData("Grants of €70 million for Andean countries were signed on Monday.", "€70 million", "Andean countries")]
    // A hyphenated qualifier is one word written together, as the hyphen is a token of its own.
    [InlineData("The lender promised $60 million to Sub-saharan countries over the winter.", "$60 million", "Sub-saharan countries")]
    [InlineData("A grant of $25 million for Asia-pacific nations was approved on Friday.", "$25 million", "Asia-pacific nations")]
    public void A_capitalised_group_of_states_after_a_beneficiary_marker_receives(string text, string amount, string group) =>
        Assert.Equal(group, Figure(text, amount).Recipient);

    [Theory]
    // A comma between the group before the amount and the amount ends the group's clause.
    [InlineData("Aid to Baltic states, officials said, will total $15 million this year.", "$15 million", null)]
    // Three capitalised words are a name, not a qualified group.
    [InlineData("The bank lent $30 million to North East Asian countries in the spring.", "$30 million", null)]
    public void Other_groups_are_not_read_as_the_receiver(string text, string amount, string? recipient) =>
        Assert.Equal(recipient, Figure(text, amount).Recipient);
}
