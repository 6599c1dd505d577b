using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>Organisations the text groups by kind ("local partners", "UN agencies") after a recipient marker receive the amount;
/// a bare head or a possessive one singles out no one. Sentences written for the tests.</summary>
public class OrganisationGroupRecipientTests
{
    private static readonly ArticleMetadata Published = new(Published: new DateOnly(2025, 3, 10));

    private static IReadOnlyList<FundingFigure> Funding(string text) => TestSupport.Pipeline.Analyze(Article.FromText(text, Published, "t.txt")).Funding;

    private static string? RecipientOf(string sentence, string amount) => Funding("Relief\n\n" + sentence).Single(f => f.AmountText == amount).Recipient;

    [Theory]
    [InlineData("Canada announced $12 million for Sudan, including $5 million for UNICEF and $7 million for local partners.", "$7 million", "local partners")]
    [InlineData("Of the new money, €45 million will go to UN agencies, including the World Food Programme.", "€45 million", "UN agencies")]
    [InlineData("The pooled fund has allocated $5 million from its reserve to national NGOs working near the border.", "$5 million", "national NGOs")]
    [InlineData("Ireland is to provide €9 million in emergency funding to four United Nations agencies (the report said).", "€9 million", "United Nations agencies")]
    [InlineData("Norway will give NOK 30 million to non-governmental organisations in Chad.", "NOK 30 million", "non-governmental organisations")]
    public void A_group_of_organisations_receives(string sentence, string amount, string recipient) =>
        Assert.Equal(recipient, RecipientOf(sentence, amount));

    [Theory]
    [InlineData("Japan will give $3 million to its partners in Chad.", "$3 million")]
    [InlineData("Japan will give $3 million for partners in Chad.", "$3 million")]
    public void A_group_no_kind_singles_out_is_no_recipient(string sentence, string amount) =>
        Assert.DoesNotContain("partners", RecipientOf(sentence, amount) ?? "");

    [Fact]
    public void Groups_do_not_receive_the_storys_other_money()
    {
        var text = "Floods in Chad\n\nSweden gave $2 million to Chad on Monday.\n\nThe fund allocated $4 million to local partners.\n\n"
            + "The fund allocated $3 million to local partners near the border.\n\nRoads remain closed, officials said.\n\nMany schools are shut.\n\n"
            + "Denmark gave $1 million on Friday.";
        Assert.Equal("Chad", Funding(text).Single(f => f.AmountText == "$1 million").Recipient);
    }
}
