using AidAnalysis.Frames;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>Ranges of years, multi-year wording and "since" phrases read on tokens (YearRange, SpreadOverYears,
/// SinceEarlierYear); fixtures written for these tests.</summary>
public class YearSpanTokenTests
{
    private static readonly AttributeWords Words = new(Lexicon.Default);
    private static readonly YearRange Range = new(Words);
    private static readonly SpreadOverYears Spread = new(Words, Range, new SinceEarlierStart(Words, new RunningTotalWording(Lexicon.Default)), new SpanToLaterYear(Words));
    private static readonly SinceEarlierYear Since = new(Words);

    private static Span Whole(string text) => new(0, text.Length);

    [Theory]
    [InlineData("The plan runs from 2024 to 2026 in full.", true)]
    [InlineData("The plan runs 2024-2026 in full.", true)]
    [InlineData("It is the 2025–26 fiscal year.", true)]
    [InlineData("It is the 2025/26 budget.", true)]
    [InlineData("It is the 2025/2026 budget.", false)]
    [InlineData("From 2024  to 2026, twice spaced.", false)]
    [InlineData("In 2024 and in 2026.", false)]
    public void A_range_of_years_is_read_on_tokens(string text, bool range) =>
        Assert.Equal(range, Range.In(TestSupport.Process(text).Tokens, Whole(text)));

    [Theory]
    [InlineData("Varnia gives $4 million every year to Ostrava.", true)]
    [InlineData("Varnia gave $4 million a year ago to Ostrava.", false)]
    [InlineData("Varnia gives $4 million annually.", true)]
    [InlineData("Varnia signed a multi-year deal worth $4 million.", true)]
    [InlineData("Varnia gives $4 million over the next three years.", true)]
    [InlineData("Varnia gives $4 million over 10 years.", true)]
    [InlineData("Varnia gives $4 million over the years.", true)]
    [InlineData("Varnia gives $4 million over Three years.", false)]
    [InlineData("Varnia gives $4 million over the next three months.", false)]
    public void Multi_year_wording_around_the_amount_spreads_it(string text, bool spread)
    {
        var start = text.IndexOf('$', StringComparison.Ordinal);
        Assert.Equal(spread, Spread.Around(TestSupport.Process(text).Tokens, Whole(text), new Span(start, start + "$4 million".Length)));
    }

    [Theory]
    [InlineData("Varnia has given $4 million since 2021.", true)]
    [InlineData("Varnia has given $4 million since the floods began in May 2019.", true)]
    // Six words, 72 characters: the phrase is bounded by its words, not their length.
    [InlineData("Varnia has given $4 million since earthquakes devastated Freedonia's northwesternmost highlands in 2019.", true)]
    [InlineData("Since the floods began, in May 2019 Varnia gave $4 million.", false)]
    [InlineData("Varnia gave $4 million in 2019.", false)]
    public void A_year_that_ends_a_since_phrase_starts_a_span(string text, bool follows)
    {
        var start = text.IndexOf("20", StringComparison.Ordinal);
        Assert.Equal(follows, Since.Follows(TestSupport.Process(text).Tokens, Whole(text), new Span(start, start + 4)));
    }
}
