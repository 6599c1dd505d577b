using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>A running total stated with "brings [its aid] to $X" is earlier money, and the day's figure stays news;
/// sentences written for the tests.</summary>
public class FundingRunningTotalTests
{
    private static readonly DateOnly June2025 = new(2025, 6, 10);

    private static IReadOnlyList<FundingFigure> Funding(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: June2025), "t.txt")).Funding;

    [Theory]
    [InlineData("Finland will give a further €4 million to UNICEF for refugees in Chad. The new grant lifts Finland's aid for Chad this year to €11 million.", "€11 million")]
    [InlineData("Portugal will provide €2 million for cholera treatment in Malawi. Today's decision brings Portuguese health funding to Malawi to about €9 million.", "€9 million")]
    public void A_running_total_named_by_its_aid_noun_is_previous(string text, string total)
    {
        var funding = Funding(text);
        Assert.Equal((FundingStatus.Pledged, FundingStatus.Previous),
            (funding.First().Status, funding.Single(f => f.AmountText == total).Status));
    }

    [Theory]
    [InlineData("The tranche brings total payouts under the credit line to roughly $1.1 billion, the fund said.", "$1.1 billion")]
    [InlineData("That brings the charity's spending in the valley this year to 40 million Swiss francs.", "40 million Swiss francs")]
    public void A_running_total_with_no_aid_noun_is_previous(string sentence, string total)
    {
        var funding = Funding("The International Monetary Fund on Monday approved a $180 million payment to Zambia. " + sentence);
        Assert.Equal(FundingStatus.Previous, funding.Single(f => f.AmountText == total).Status);
    }

    [Fact]
    public void News_told_after_a_running_total_is_not_inside_it()
    {
        var analysis = TestSupport.Pipeline.Analyze(Article.FromText("Chile will give $4 million to UNICEF for flood relief in Peru. "
            + "The new aid brings Chile's total support to Peru this year to $15 million.\n\nChile will also send $2 million to the Peruvian Red Cross next month.",
            new ArticleMetadata(Published: June2025), "t.txt"));
        var total = analysis.Funding.Single(f => f.AmountText == "$15 million").Id;
        Assert.Equal((total, (string?)null),
            (analysis.Funding.Single(f => f.AmountText == "$4 million").PartOfId, analysis.Funding.Single(f => f.AmountText == "$2 million").PartOfId));
    }

    [Fact]
    public void A_running_total_named_by_its_aid_noun_includes_the_news_but_not_another_years_money()
    {
        var analysis = TestSupport.Pipeline.Analyze(Article.FromText("Belgium is giving EUR 5 million to fight cholera in Haiti. "
            + "Today's grant takes Belgian health assistance to Haiti in 2026 to EUR 12 million. In 2025, Belgium gave EUR 9 million to Haiti.",
            new ArticleMetadata(Published: new DateOnly(2026, 3, 4)), "t.txt"));
        var row = analysis.Funding.ToDictionary(f => f.AmountText);
        Assert.Equal((row["EUR 12 million"].Id, (string?)null), (row["EUR 5 million"].PartOfId, row["EUR 9 million"].PartOfId));
    }

    [Fact]
    public void Bringing_its_aid_to_a_figure_since_the_war_began_contains_the_days_figure()
    {
        var funding = Funding("Sweden will give $8 million in shelter aid to Myanmar, its foreign office said on Friday, bringing its assistance "
            + "for Myanmar and nearby states to over $90 million since the earthquake struck.");
        Assert.Equal(funding.Single(f => f.AmountText == "$90 million").Id, funding.Single(f => f.AmountText == "$8 million").PartOfId);
    }
}
