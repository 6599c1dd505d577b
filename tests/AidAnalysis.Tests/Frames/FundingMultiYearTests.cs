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
