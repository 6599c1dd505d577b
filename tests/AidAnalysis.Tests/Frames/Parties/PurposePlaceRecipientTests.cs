namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>Where the clause names no receiver, the state the money's use is placed in ("for demining in X") receives it; a place
/// of an event, one past a comma, one that owns a place after it or one of several coordinated states does not. Sentences
/// written for the tests.</summary>
public class PurposePlaceRecipientTests
{
    private static string? RecipientOf(string sentence, string amount) =>
        TestSupport.Analyze("Aid\n\n" + sentence).Funding.First(f => f.AmountText == amount).Recipient;

    [Theory]
    [InlineData("Japan will provide $30 million for demining in Ukraine.", "$30 million", "Ukraine")]
    [InlineData("The lender approved a $40 million loan to build rural roads in eastern Kenya.", "$40 million", "Kenya")]
    [InlineData("SEK 50 million will go to the reconstruction of schools in Ukraine, the ministry said.", "SEK 50 million", "Ukraine")]
    [InlineData("The bank will redirect up to $15 million from existing projects in Malawi.", "$15 million", "Malawi")]
    [InlineData("Sweden will provide $9 million for post-war rebuilding in Iraq.", "$9 million", "Iraq")]
    public void The_state_a_uses_place_is_in_receives(string sentence, string amount, string state) =>
        Assert.Equal(state, RecipientOf(sentence, amount));

    [Theory]
    [InlineData("Japan pledged $5 million at a donor conference in Egypt.", "$5 million")]
    [InlineData("Germany gave $5 million, the embassy in Kenya said.", "$5 million")]
    [InlineData("Some £20bn of assets frozen in Norway could be used.", "£20bn")]
    [InlineData("Canada will give $8 million for clinics in Chad and Niger.", "$8 million")]
    // "from" names where money comes from unless a verb of moving money stands before it.
    [InlineData("About $3 million came from private donors in Canada, the charity said.", "$3 million")]
    // A place of an event, after an event noun.
    [InlineData("Norway will spend $2 million to hold a donor conference in Jordan.", "$2 million")]
    [InlineData("Denmark set aside $4 million to fund peace talks in Sudan.", "$4 million")]
    // A firm's seat.
    [InlineData("Qatar awarded a $40 million contract to a firm based in Turkey to rebuild schools in Syria.", "$40 million")]
    // An ASCII double dash sets the place off.
    [InlineData("Ireland gave $6 million for relief -- the most it has given to schools in Peru.", "$6 million")]
    public void A_place_of_an_event_a_comment_or_a_group_of_states_is_left(string sentence, string amount) =>
        Assert.Null(RecipientOf(sentence, amount));
}
