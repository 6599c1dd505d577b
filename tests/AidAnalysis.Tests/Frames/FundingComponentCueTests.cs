using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>How an article names the parts of its news figure ("Of the total, ..."), on sentences written for these tests.</summary>
public class FundingComponentCueTests
{
    private static ArticleAnalysis Analyze(string text, string? title = null) =>
        TestSupport.Pipeline.Analyze(Article.FromText(title is null ? text : title + "\n\n" + text,
            new ArticleMetadata(Title: title, Published: new DateOnly(2025, 3, 4)), "t.txt"));

    private static FundingFigure Row(ArticleAnalysis a, string amountText) => a.Funding.First(f => f.AmountText == amountText);

    private static string? ParentText(ArticleAnalysis a, FundingFigure f) => a.Funding.SingleOrDefault(p => p.Id == f.PartOfId)?.AmountText;

    private static string[] Counted(ArticleAnalysis a) => a.Funding.Where(f => f.Counted).Select(f => f.AmountText).ToArray();

    [Fact]
    public void Of_the_total_names_lines_of_the_news_figure_in_their_own_currency()
    {
        var a = Analyze("Austria will give Moldova $60 million in energy aid, the ministry said. The package, worth about 55 million euros, "
            + "was approved on Monday. Of the total, $35 million will buy transformers for substations.");
        Assert.Equal("$60 million", ParentText(a, Row(a, "$35 million")));
        Assert.DoesNotContain("$35 million", Counted(a));
    }

    [Fact]
    public void A_verbless_summary_line_is_the_news_row_and_takes_the_status_its_full_telling_gives()
    {
        var a = Analyze("- $5 million in fresh Danish support for farmers in Niger hurt by drought\n\nDenmark is giving $5 million in food aid "
            + "so that farmers in Niger get through the lean season, its minister said. Of the total, $3 million is for seed from the Red Cross.",
            title: "Danish drought support for Niger");
        var summary = Row(a, "$5 million");
        Assert.Equal(FundingStatus.Pledged, summary.Status);
        Assert.Equal("$5 million", ParentText(a, Row(a, "$3 million")));
        Assert.Equal(summary.Id, Row(a, "$3 million").PartOfId);
        Assert.Equal(["$5 million"], Counted(a));
    }

    [Fact]
    public void A_package_that_comprises_amounts_has_them_as_its_lines()
    {
        var a = Analyze("The World Bank has approved €80 million of drought support for Malawi. "
            + "The money comprises a €50 million credit for irrigation and a €20 million grant to schools.");
        Assert.Equal("€80 million", ParentText(a, Row(a, "€50 million")));
        Assert.Equal("€80 million", ParentText(a, Row(a, "€20 million")));
        Assert.Equal(["€80 million"], Counted(a));
    }

    [Fact]
    public void The_first_of_its_tranches_is_a_line_of_the_loan_told_before()
    {
        var a = Analyze("The Asian Development Bank has approved a $90 million credit so Laos can repair bridges hit by the storm. "
            + "The credit is to be released in three instalments, the first of $40 million in March, according to the lender.");
        Assert.Equal("$90 million", ParentText(a, Row(a, "$40 million")));
        Assert.Equal(["$90 million"], Counted(a));
    }
}
