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
    [InlineData("Vienna pledged €30 million for displaced families on Monday. Denmark offered €9 million this week and had offered €14 million last time, its envoy noted.", "€14 million")]
    [InlineData("Vienna pledged €30 million for displaced families on Monday. In the previous replenishment round members committed some €1.6 billion to the basin.", "€1.6 billion")]
    public void An_amount_of_the_round_before_is_earlier_money(string text, string earlier)
    {
        var a = Analyze(text);
        Assert.Equal((FundingStatus.Pledged, FundingStatus.Previous, false), (Row(a, "€30 million").Status, Row(a, earlier).Status, Row(a, earlier).Counted));
    }

    [Fact]
    public void A_body_telling_of_the_headline_figure_is_part_of_it_with_its_parts()
    {
        var a = Analyze("Regional lenders pledged about $640 million late on Tuesday to repair villages hit by last year's floods, including $210 million "
            + "for road repairs, a spokeswoman added.", title: "Lenders pledge $640 million for flooded Velaria");
        var rows = a.Funding.Where(f => f.AmountText == "$640 million").OrderBy(f => f.Span.Start).ToList();
        Assert.Equal(2, rows.Count);
        var (headline, body) = (rows[0], rows[1]);
        Assert.Equal((headline.Id, FundingStatus.Pledged, headline.Id), (body.PartOfId, body.Status, Row(a, "$210 million").PartOfId));
        Assert.Equal(["$640 million"], a.Funding.Where(f => f.Counted).Select(f => f.AmountText));
    }

    [Theory]
    [InlineData("Japan will give Moldova $120 million for its power grid, officials in Tokyo said. The grant, worth about 18 billion yen, is to be spent by two UN bodies.", "18 billion yen")]
    [InlineData("Korea will provide $6 million for refugees in Chad. Together, the donations amount to roughly 8.7 billion won by today's rates.", "8.7 billion won")]
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
        var a = Analyze("Czechia will send Moldova €150 million in field hospitals, its defence chief said. The shipment is the third "
            + "tranche from the €900 million that lawmakers earmarked for Moldova in the spring.");
        Assert.Equal((Row(a, "€900 million").Id, FundingStatus.Previous), (Row(a, "€150 million").PartOfId, Row(a, "€900 million").Status));
        Assert.Equal(["€150 million"], a.Funding.Where(f => f.Counted).Select(f => f.AmountText));
    }
}
