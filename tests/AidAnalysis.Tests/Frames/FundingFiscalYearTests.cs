using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>A financial year, or a fiscal year other than the current one, named relative to the publication straddles two
/// calendar years and dates no figure; sentences written for the tests.</summary>
public class FundingFiscalYearTests
{
    private static readonly DateOnly June2031 = new(2031, 6, 4);

    private static ArticleAnalysis Analyze(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: June2031), "t.txt"));

    [Theory]
    [InlineData("Norway said it would give $12 million to Malawi's clinics this financial year.", "$12 million")]
    [InlineData("In the current financial year, the ministry's aid budget for Nepal stands at $30 million.", "$30 million")]
    [InlineData("Canada will ask parliament for $25 million for the mission in the coming fiscal year.", "$25 million")]
    public void A_relative_financial_year_dates_no_figure(string text, string amount) =>
        Assert.Null(Analyze(text).Funding.Single(f => f.AmountText == amount).Year);

    [Fact]
    public void The_current_fiscal_year_stays_the_publication_year() =>
        Assert.Equal(2031, Analyze("Canada said its contribution this fiscal year would be $25 million.").Funding.Single().Year);

    [Fact]
    public void A_running_total_of_the_financial_year_holds_no_money_dated_years_before()
    {
        var a = Analyze("Denmark gave $3 million to Chad on Monday. The grant brings Danish aid to Chad to $9 million this financial year. "
            + "Denmark is also funding a $2 million programme for wells, announced in 2027.");
        Assert.Null(a.Funding.Single(f => f.AmountText == "$2 million").PartOfId);
    }
}
