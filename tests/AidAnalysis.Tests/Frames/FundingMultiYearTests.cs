using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Money spread over several years has no year (SCHEMA.md), wherever its clause or the next sentence says so;
/// sentences written for the tests.</summary>
public class FundingMultiYearTests
{
    private static readonly DateOnly June2025 = new(2025, 6, 10);

    private static IReadOnlyList<FundingFigure> Funding(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: June2025), "t.txt")).Funding;

    [Theory]
    [InlineData("The Harwood Foundation will provide $30 million to train midwives and equip rural clinics in the regions of Tahoua and Maradi over the next five years.")]
    [InlineData("Austria will provide €12 million to help Moldova host refugees, the foreign ministry said on Friday. The money will be paid out over three years.")]
    public void Money_spread_over_years_has_no_year(string text) =>
        Assert.Null(Funding(text).First().Year);

    /// <summary>A written-out year that dates the announcement of one sum spread over several years gives it no year, in
    /// whatever shape the span is told; it still makes the money earlier than the article.</summary>
    [Theory]
    [InlineData("Ostland and the Red Lantern Society launched the Harbour Plan in 2023, estimating that it would cost $90 million over ten years.", "$90 million")]
    [InlineData("The Kessel fund, agreed by parliament in June, will total €640 million over eight years, the ministry said.", "€640 million")]
    [InlineData("Norland is also backing a $15 million multi-year programme, announced in 2025, that trains rural midwives.", "$15 million")]
    [InlineData("Varnia's council estimated in March that rebuilding the port would cost about $2bn over a decade.", "$2bn")]
    [InlineData("The Delta Compact, approved by ministers in April 2025, foresees up to €8 billion in grants for Zedia through 2029.", "€8 billion")]
    public void A_year_that_dates_the_announcement_leaves_a_spread_sum_without_one(string text, string amount) =>
        Assert.Null(Funding(text).Single(f => f.AmountText == amount).Year);

    [Fact]
    public void A_spread_sum_dated_earlier_stays_earlier_money() =>
        Assert.Equal((FundingStatus.Previous, (int?)2023), Funding("Norland is also backing a $15 million multi-year programme, announced in 2023, that trains rural midwives.").Single() is var f ? (f.Status, f.Year) : default);

    /// <summary>Near misses: a yearly rate from or by a named year keeps that year, and a span told of another sum in an
    /// earlier clause does not reach the amount.</summary>
    [Theory]
    [InlineData("Ostland plans to cut its aid budget by €2 billion a year from 2027, the ministry said.", "€2 billion", 2027)]
    [InlineData("Zedia will need about $40 billion a year for adaptation by 2030, the report said.", "$40 billion", 2030)]
    [InlineData("Varnia pledged £900m over five years, down from the £1.2bn it committed in 2020.", "£1.2bn", 2020)]
    public void A_yearly_rate_or_another_sums_span_keeps_the_named_year(string text, string amount, int year) =>
        Assert.Equal(year, Funding(text).Single(f => f.AmountText == amount).Year);

    [Fact]
    public void A_later_sentence_about_other_money_leaves_the_year() =>
        Assert.Equal(2025, Funding("Austria will provide €12 million to help Moldova host refugees. Italy has given €40 million over three years.").First().Year);

    [Fact]
    public void A_programme_announced_over_years_beside_other_news_is_pledged()
    {
        var funding = Funding("Sylvania will give $5 million to help Freedonia rebuild schools, the ministry said on Monday. Ostland pledged $30 million over three years for the same effort.");
        Assert.Equal(FundingStatus.Pledged, funding.Single(f => f.Value == 30_000_000).Status);
    }

    [Fact]
    public void A_programme_already_in_place_over_years_beside_other_news_is_previous()
    {
        var funding = Funding("Sylvania will give $5 million to help Freedonia rebuild schools, the ministry said on Monday. Ostland has made a commitment to provide $30 million every year over the next five years.");
        Assert.Equal(FundingStatus.Previous, funding.Single(f => f.Value == 30_000_000).Status);
    }

    /// <summary>A "has" of a relative clause between commas, or "has" as a main verb, is no perfect of the amount's verb.</summary>
    [Theory]
    [InlineData("Norland, which has long backed Zedia, pledged $2 billion over five years, the ministry said on Monday. Of that, $400 million will be paid this year.")]
    [InlineData("Norland has a plan for Zedia and pledged $2 billion over five years, the ministry said on Monday. Of that, $400 million will be paid this year.")]
    public void A_has_outside_the_amounts_verb_leaves_the_programme_pledged(string text) =>
        Assert.Equal(FundingStatus.Pledged, Funding(text).Single(f => f.Value == 2_000_000_000).Status);
}
