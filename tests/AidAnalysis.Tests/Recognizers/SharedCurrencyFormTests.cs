using AidAnalysis.Model;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>Currency forms several currencies share ("crowns", "Rs", "shillings") take the currency the text decides, and
/// local signs and words of smaller currencies are read at all. Sentences written for the tests.</summary>
public class SharedCurrencyFormTests
{
    private static IReadOnlyList<FundingFigure> Funding(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 6, 2)), "t.txt")).Funding;

    private static string? CurrencyOf(string text, string amount) =>
        Funding(text).SingleOrDefault(f => f.AmountText == amount)?.Currency;

    [Fact]
    public void A_bare_shared_word_follows_the_currency_written_in_full_elsewhere()
    {
        const string text = "Sweden will give 40 million Swedish crowns to the Red Cross. A further 15 million crowns will go to food aid.";
        Assert.Equal("SEK", CurrencyOf(text, "15 million crowns"));
    }

    [Theory]
    [InlineData("Pakistan's cabinet approved Rs 4 billion for flood relief in Sindh.", "Rs 4 billion", "PKR")]
    [InlineData("Nepal's finance ministry released Rs 250 million for landslide victims.", "Rs 250 million", "NPR")]
    [InlineData("The Kenyan Treasury set aside Sh3 billion for drought relief.", "Sh3 billion", "KES")]
    [InlineData("Uganda will spend 900 million shillings on refugee schools.", "900 million shillings", "UGX")]
    public void A_shared_form_takes_the_currency_of_the_only_state_the_text_names(string text, string amount, string currency) =>
        Assert.Equal(currency, CurrencyOf(text, amount));

    [Fact]
    public void A_shared_form_the_text_cannot_decide_is_not_guessed()
    {
        const string text = "Norway and Denmark will each give 30 million crowns to the fund.";
        Assert.DoesNotContain(Funding(text), f => f.AmountText.Contains("crowns"));
    }

    [Theory]
    [InlineData("Ghana's government released GH¢120 million for flood victims.", "GH¢120 million", "GHS")]
    [InlineData("Vanuatu will spend 400 million vatu on rebuilding schools.", "400 million vatu", "VUV")]
    [InlineData("Peru's government transferred 60 million soles to the affected regions.", "60 million soles", "PEN")]
    [InlineData("South Sudan pledged 2 billion South Sudanese pounds to returnees.", "2 billion South Sudanese pounds", "SSP")]
    public void Local_signs_and_words_of_smaller_currencies_are_read(string text, string amount, string currency) =>
        Assert.Equal(currency, CurrencyOf(text, amount));

    [Fact]
    public void A_shared_form_is_the_currency_of_the_state_the_story_is_about()
    {
        const string text = "Lowland floods displace thousands in Malawi\n\nMalawi's disaster agency said floods had displaced 40,000 people in "
            + "southern Malawi. The government of Malawi set aside 2 billion kwacha for shelter. Neighbouring Zambia sent tents. "
            + "Malawi's president thanked donors.";
        Assert.Equal("MWK", CurrencyOf(text, "2 billion kwacha"));
    }

    [Fact]
    public void A_bare_shared_form_beside_a_currency_written_out_is_the_other_named_state_s()
    {
        const string text = "India sends relief to Nepal\n\nIndia said it would give INR 300 million (about Rs 480 million) to Nepal. "
            + "Nepal's cabinet added Rs 90 million for shelters. India and Nepal agreed to meet again.";
        Assert.Equal("NPR", CurrencyOf(text, "Rs 90 million"));
    }

    [Fact]
    public void Rupees_in_a_text_naming_no_rupee_state_keep_their_default_reading() =>
        Assert.Equal("INR", CurrencyOf("The charity raised 5 million rupees for the victims.", "5 million rupees"));
}
