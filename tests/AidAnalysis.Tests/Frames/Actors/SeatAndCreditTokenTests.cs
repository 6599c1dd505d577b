using AidAnalysis.Frames.Actors;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Actors;

/// <summary>The seat of a government and a news agency's own credit, read on tokens; fixtures written for these tests.</summary>
public class SeatAndCreditTokenTests
{
    private static Span At(string text, string words) => new(text.IndexOf(words, StringComparison.Ordinal), text.IndexOf(words, StringComparison.Ordinal) + words.Length);

    [Theory]
    [InlineData("Officials said Kyiv will send more grain.", true)]
    [InlineData("Officials said Kyiv’s grain went east.", true)]
    [InlineData("The talks met in Kyiv last week.", false)]
    [InlineData("The talks moved to Kyiv, then east.", false)]
    [InlineData("KYIV officials met on Monday.", false)]
    [InlineData("Officials said Kyiv Officials met.", false)]
    public void A_seat_acts_for_its_government_by_the_words_next_to_it(string text, bool acts) =>
        Assert.Equal(acts, new SeatRule(Lexicon.Default).ActsForGovernment(TestSupport.Process(text).Tokens, At(text, text.Contains("KYIV") ? "KYIV" : "Kyiv")));

    [Theory]
    [InlineData("Aid arrived (Varnia News Agency) on Monday.", true)]
    [InlineData("Aid arrived - Varnia News Agency said.", true)]
    [InlineData("Aid arrived, a Varnia News Agency correspondent said.", true)]
    [InlineData("Aid arrived, citing the Varnia News Agency on Monday.", false)]
    public void A_news_agency_credited_as_the_copy_s_source_is_read_on_tokens(string text, bool ownCredit) =>
        Assert.Equal(ownCredit, StateNewsAgencyRule.IsOwnCredit(TestSupport.Process(text).Tokens, At(text, "Varnia News Agency")));
}
