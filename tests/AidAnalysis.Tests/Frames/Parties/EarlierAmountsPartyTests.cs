using AidAnalysis.Frames.Parties;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>A party named in an earlier amount's clause, a comma before this amount, belongs to the earlier amount
/// (EarlierAmountsParty); fixtures written for these tests.</summary>
public class EarlierAmountsPartyTests
{
    private static bool Belongs(string text, string party, string amount)
    {
        var doc = TestSupport.Process(text);
        var a = text.LastIndexOf(amount, StringComparison.Ordinal);
        var p = text.IndexOf(party, StringComparison.Ordinal);
        return EarlierAmountsParty.BelongsToEarlierAmount(doc, new Span(0, text.Length), new Span(a, a + amount.Length), new Span(p, p + party.Length));
    }

    [Fact]
    public void A_state_in_an_earlier_amounts_clause_is_that_amounts() =>
        Assert.True(Belongs("Varnia announced $50 million, including $10 million for shelter in Chad, bringing its total to $300 million.", "Chad", "$300 million"));

    [Theory]
    [InlineData("Spending in Chad reached $300 million this year.")]
    [InlineData("In Chad, Varnia has given $300 million.")]
    [InlineData("Varnia announced $10 million for Chad and $300 million for Niger.")]
    public void A_state_no_earlier_amount_owns_stays_free(string text) =>
        Assert.False(Belongs(text, "Chad", "$300 million"));

    [Fact]
    public void A_comma_after_the_earlier_amount_opens_a_clause_of_its_own() =>
        Assert.False(Belongs("Norland gave $10 million in 2022, and spending in Zedia, the largest recipient, reached $30 million.", "Zedia", "$30 million"));
}
