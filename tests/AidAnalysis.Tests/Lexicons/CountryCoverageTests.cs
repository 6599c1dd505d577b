using AidAnalysis.Model;

namespace AidAnalysis.Tests.Lexicons;

/// <summary>Small states (Pacific, Caribbean, African island states) are states like any other: recipients of aid and
/// actors by name, demonym and capital. Each case fails with a gazetteer that lists only the larger states.</summary>
public class CountryCoverageTests
{
    private static ArticleAnalysis Analyze(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 3, 4)), "t.txt"));

    [Theory]
    [InlineData("Japan will give $3 million to Tuvalu to rebuild sea walls.", "Tuvalu")]
    [InlineData("Canada pledged $2 million to Grenada after the hurricane.", "Grenada")]
    [InlineData("India will provide $1 million to the Comoros for cyclone relief.", "Comoros")]
    [InlineData("Portugal will send 2 million euros to Timor-Leste for clean water.", "Timor-Leste")]
    public void A_small_state_receiving_money_is_the_recipient(string text, string state)
    {
        var figure = Analyze(text).Funding.Single();
        Assert.Equal(state, figure.Recipient);
        Assert.Contains(Analyze(text).Actors, a => a.Name == state && a.Kind == ActorKind.Country);
    }

    [Theory]
    [InlineData("The Fijian government said it will give $1 million to Tonga.", "Fiji")]
    [InlineData("Port Vila said it would send $2 million to Samoa.", "Vanuatu")]
    public void Demonyms_and_capitals_of_small_states_name_the_donor(string text, string state) =>
        Assert.Equal(state, Analyze(text).Funding.Single().Donor);
}
