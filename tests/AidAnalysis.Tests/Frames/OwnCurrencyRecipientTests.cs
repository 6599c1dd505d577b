using AidAnalysis.Frames.Parties;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests.Frames;

/// <summary>A body a clause names as receiving a sum in its own state's currency keeps its name (that state's own
/// allocation); a sum in a currency of several states, or of another state, is charted at the state's level as before.</summary>
public class OwnCurrencyRecipientTests
{
    private static readonly StateLevelRecipient StateLevel = new(Lexicon.Default);

    private static MoneyMention Money(string currency) => new(new Span(0, 10), "KSh2 billion", 2e9, null, currency, null);

    [Fact]
    public void A_sum_in_the_states_own_currency_is_its_own_allocation() =>
        Assert.True(StateLevel.InOwnCurrency("Kenya", Money("KES")));

    [Theory]
    [InlineData("USD")]
    [InlineData("EUR")]
    [InlineData("UGX")]
    public void Another_or_shared_currency_is_no_own_allocation(string currency) =>
        Assert.False(StateLevel.InOwnCurrency("Kenya", Money(currency)));
}
