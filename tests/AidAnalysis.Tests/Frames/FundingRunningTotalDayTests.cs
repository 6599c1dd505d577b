using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>The day a running total is reported on does not date the total; sentences written for the tests.</summary>
public class FundingRunningTotalDayTests
{
    private static int? YearOf(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2031, 1, 3)), "t.txt")).Funding
            .Single(f => f.AmountText == amount).Year;

    [Fact]
    public void A_weekday_after_a_running_total_does_not_date_it() =>
        Assert.Null(YearOf("The payment brings total loans under the programme to about $6 billion, the bank said on Tuesday.", "$6 billion"));

    [Fact]
    public void A_weekday_still_dates_a_figure_that_is_no_running_total() =>
        Assert.Equal(2030, YearOf("The bank approved a loan of about $6 billion, it said on Tuesday.", "$6 billion"));
}
