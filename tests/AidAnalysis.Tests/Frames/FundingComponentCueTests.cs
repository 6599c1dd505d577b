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
        var a = Analyze("- €9 million in new Irish funding for families in Haiti hit by the storm\n\nIreland will provide €9 million in humanitarian aid "
            + "to help people in Haiti recover from the hurricane, the minister said. Of the total, €6 million will go to the World Food Programme for food.",
            title: "Ireland announces aid for Haiti");
        var summary = Row(a, "€9 million");
        Assert.Equal(FundingStatus.Pledged, summary.Status);
        Assert.Equal("€9 million", ParentText(a, Row(a, "€6 million")));
        Assert.Equal(summary.Id, Row(a, "€6 million").PartOfId);
        Assert.Equal(["€9 million"], Counted(a));
    }

    [Fact]
    public void A_package_that_comprises_amounts_has_them_as_its_lines()
    {
        var a = Analyze("The Asian Development Bank has approved $60 million in emergency financing for Nepal. "
            + "The package comprises a $35 million grant for housing and a $15 million concessional loan.");
        Assert.Equal("$60 million", ParentText(a, Row(a, "$35 million")));
        Assert.Equal("$60 million", ParentText(a, Row(a, "$15 million")));
        Assert.Equal(["$60 million"], Counted(a));
    }

    [Fact]
    public void The_first_of_its_tranches_is_a_line_of_the_loan_told_before()
    {
        var a = Analyze("The World Bank has approved a $200 million loan to help Kenya rebuild roads after the floods. "
            + "The loan will be paid out in two tranches, the first of $120 million in June, the bank said.");
        Assert.Equal("$200 million", ParentText(a, Row(a, "$120 million")));
        Assert.Equal(["$200 million"], Counted(a));
    }
}
