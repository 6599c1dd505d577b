using AidAnalysis.Context;
using AidAnalysis.Lexicons;
using AidAnalysis.Tests.Recognizers;

namespace AidAnalysis.Tests.Context;

/// <summary>A year-month-day date is written without spaces: a number standing apart from the hyphen before it is no part of
/// one; and a date is written in ASCII digits.</summary>
public class IsoDatelineSpacingTests
{
    [Theory]
    [InlineData("Filed 2031- 02- 28 in Oslo")]
    [InlineData("Filed 2031-02- 28 in Oslo")]
    [InlineData("Filed 2031- 02-28 in Oslo")]
    public void A_spaced_year_month_day_is_no_date(string text) =>
        Assert.Null(DocumentContextDateline.Read(OneSentenceTokens.Of(text), Lexicon.Default));

    /// <summary>A day written in other digits than ASCII ones is no day (it once reached the invariant parse and threw).</summary>
    [Fact]
    public void A_day_in_other_digits_is_no_date() =>
        Assert.Null(DocumentContextDateline.Read(OneSentenceTokens.Of("Tarvik, \u0663 March 2031"), Lexicon.Default));
}
