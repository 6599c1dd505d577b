namespace AidAnalysis.Tests.Recognizers.Money;

/// <summary>Amounts of a sign or code, a number and a scale word, read from their characters without the pattern's
/// groups, read as the groups read them.</summary>
public class SignNumberScaleTests
{
    [Theory]
    [InlineData("The trust set aside $1,250 million for ports.", "$1,250 million", 1.25e9, "USD")]
    [InlineData("The council lent Rs 3 lakh crore to the states.", "Rs 3 lakh crore", 3e12, "INR")]
    [InlineData("The council lent Rs 3 lakh\ncrore to the states.", "Rs 3 lakh\ncrore", 3e12, "INR")]
    [InlineData("The board approved EUR 7.25bn in grants.", "EUR 7.25bn", 7.25e9, "EUR")]
    [InlineData("The board approved EUR7 Billion in grants.", "EUR7 Billion", 7e9, "EUR")]
    // A one-letter scale glued to a word is no scale: the amount ends at its number.
    [InlineData("Each family paid $5 more for bread.", "$5", 5, "USD")]
    public void Reads_value_currency_and_span(string text, string amount, double value, string currency)
    {
        var money = Assert.Single(TestSupport.Process(text).Money);
        Assert.Equal(amount, text[money.Span.Start..money.Span.End]);
        Assert.Equal(value, money.Value!.Value, 6);
        Assert.Equal(currency, money.Currency);
    }

    [Fact]
    public void A_range_is_still_read_by_its_groups()
    {
        var money = Assert.Single(TestSupport.Process("The fund needs $5-10 million for wells.").Money);
        Assert.Equal(5e6, money.Value);
        Assert.Equal(10e6, money.High);
    }
}
