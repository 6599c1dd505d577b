using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>EarlierYearBackground: an aid figure no status word governs, dated before the article's year, is previous;
/// fixtures written for these tests.</summary>
public class EarlierYearBackgroundTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Process(text, Published).ToAnalysis().Funding.Single(f => f.AmountText == amount);

    [Fact]
    public void An_aid_figure_of_an_earlier_year_without_a_status_word_is_previous() =>
        Assert.Equal(FundingStatus.Previous,
            Figure("Varnian humanitarian funding for the Ostrava camps came to about $14 million in 2023, the agency said.", "$14 million").Status);

    [Fact]
    public void A_figure_of_the_article_year_keeps_no_status() =>
        Assert.Equal(FundingStatus.Unspecified,
            Figure("Varnian humanitarian funding for the Ostrava camps came to about $14 million in 2025, the agency said.", "$14 million").Status);

    [Fact]
    public void A_figure_that_is_not_aid_keeps_no_status() =>
        Assert.Equal(FundingStatus.Unspecified,
            Figure("Varnian exports to Ostrava came to about $14 million in 2023, the customs office said.", "$14 million").Status);
}
