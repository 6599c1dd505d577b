namespace AidAnalysis.Tests.Recognizers;

/// <summary>The article's main state: the one acting, not the one named as where help goes.</summary>
public class StateSalienceTests
{
    private static string? Home(string text)
    {
        var document = TestSupport.Process(text);
        return AidAnalysis.Recognizers.StateSalience.HomeCountry(document, AidAnalysis.Lexicons.Lexicon.Default);
    }

    [Fact]
    public void The_helped_state_named_mostly_as_a_destination_is_not_the_main_state()
    {
        const string text = "Ukraine needs shells, and Ukraine's army is short. Poland sends aid to Ukraine, " +
                            "and the trucks go to Ukraine and on to Ukraine's east. Poland pledged more.";
        Assert.Equal("Poland", Home(text));
    }

    [Fact]
    public void A_state_named_often_as_an_agent_stays_the_main_state()
    {
        const string text = "Poland pledged tents. Poland also said Poland would pay for flights to Ukraine.";
        Assert.Equal("Poland", Home(text));
    }

    [Theory]
    [InlineData("Jamaica received a US$100-million loan, a US$70-million grant and US$30 million in bonds.", "Jamaica")]
    [InlineData("Approved by the board on Monday, a US$40-million loan and a US$10-million grant will let Jamaica rebuild its roads.", "Jamaica")]
    [InlineData("Ghana asked for 300 million US dollars; donors offered 120 million US dollars.", "Ghana")]
    public void A_state_named_only_by_the_currency_of_an_amount_is_not_the_main_state(string text, string home) =>
        Assert.Equal(home, Home(text));

    [Theory]
    [InlineData("The United States gave US$5 million to Haiti, and the United States will send US$2 million more.")]
    [InlineData("U.S. officials said Washington would send US$2 million to Haiti.")]
    public void A_currency_state_that_also_acts_outside_the_amounts_stays_the_main_state(string text) =>
        Assert.Equal("United States", Home(text));
}
