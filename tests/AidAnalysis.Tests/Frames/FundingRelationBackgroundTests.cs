using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Earlier money recalled beside the news, a figure told in the headline and again in the body, and one valued again
/// in another currency; fixtures written for these tests.</summary>
public class FundingRelationBackgroundTests
{
    private static ArticleAnalysis Analyze(string text, string? title = null) =>
        TestSupport.Pipeline.Analyze(Article.FromText(title is null ? text : title + "\n\n" + text,
            new ArticleMetadata(Title: title, Published: new DateOnly(2025, 9, 18)), "t.txt"));

    private static FundingFigure Row(ArticleAnalysis a, string amountText) => a.Funding.Single(f => f.AmountText == amountText);

    [Theory]
    [InlineData("Austria pledged €30 million to the refugee fund on Monday. Belgium offered €12 million, compared with €15 million last time.", "€15 million")]
    [InlineData("Austria pledged €30 million to the refugee fund on Monday. At the previous donor conference partners committed about €2 billion for the region.", "€2 billion")]
    public void An_amount_of_the_round_before_is_earlier_money(string text, string earlier)
    {
        var a = Analyze(text);
        Assert.Equal((FundingStatus.Pledged, FundingStatus.Previous, false), (Row(a, "€30 million").Status, Row(a, earlier).Status, Row(a, earlier).Counted));
    }

    [Fact]
    public void A_body_telling_of_the_headline_figure_is_part_of_it_with_its_parts()
    {
        var a = Analyze("Donors pledged about $900 million on Friday to rebuild towns destroyed in last year's earthquake, including $300 million "
            + "for housing, the organisers said.", title: "Donors pledge $900 million to rebuild Ruritania");
        var rows = a.Funding.Where(f => f.AmountText == "$900 million").OrderBy(f => f.Span.Start).ToList();
        Assert.Equal(2, rows.Count);
        var (headline, body) = (rows[0], rows[1]);
        Assert.Equal((headline.Id, FundingStatus.Pledged, headline.Id), (body.PartOfId, body.Status, Row(a, "$300 million").PartOfId));
        Assert.Equal(["$900 million"], a.Funding.Where(f => f.Counted).Select(f => f.AmountText));
    }

    [Theory]
    [InlineData("Japan will give Ukraine $300 million in grant aid, the ministry said. The package, worth roughly 45 billion yen, will be channelled through UN agencies.", "45 billion yen")]
    [InlineData("Korea will provide $4 million to Sudan this year. Together, the grants amount to about 5.8 billion won at current exchange rates.", "5.8 billion won")]
    public void A_sentence_valuing_the_figure_in_another_currency_restates_it(string text, string restated)
    {
        var a = Analyze(text);
        var news = a.Funding.First();
        Assert.Equal((news.Id, false), (Row(a, restated).ConvertedFromId, Row(a, restated).Counted));
        Assert.Equal([news.AmountText], a.Funding.Where(f => f.Counted).Select(f => f.AmountText));
    }

    [Fact]
    public void A_tranche_from_a_larger_sum_is_part_of_it_and_the_sum_is_the_earlier_commitment()
    {
        var a = Analyze("Poland will send Ukraine €400 million in air defence equipment, the minister said. The package is the second large "
            + "tranche from the €2 billion the parliament set aside for Ukraine this year.");
        Assert.Equal((Row(a, "€2 billion").Id, FundingStatus.Previous), (Row(a, "€400 million").PartOfId, Row(a, "€2 billion").Status));
        Assert.Equal(["€400 million"], a.Funding.Where(f => f.Counted).Select(f => f.AmountText));
    }
}
