using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>The figure of a named lending instrument ("the country's $5bn Extended Fund Facility") is the earlier programme
/// the news comes under (ProgrammeFigure, with the capitalised instrument heads of funding-attribute-words.tsv); sentences
/// written for the tests.</summary>
public class NamedLendingInstrumentTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 9, 2)), "t.txt"))
            .Funding.First(f => f.AmountText == amount);

    [Theory]
    [InlineData("The lender has paid $900 million to Freedonia after its board finished the third review of the country's $5bn Extended Fund Facility, the treasury said.")]
    [InlineData("The lender has paid $900 million to Freedonia under its $5bn Stand-By Arrangement, the treasury said.")]
    public void The_figure_of_a_named_instrument_is_earlier_money(string text)
    {
        var facility = Figure(text, "$5bn");
        Assert.Equal(FundingStatus.Previous, facility.Status);
        Assert.False(facility.Counted);
    }

    [Fact]
    public void The_payment_under_it_stays_the_news() =>
        Assert.Equal(FundingStatus.Delivered, Figure("The lender has paid $900 million to Freedonia under its $5bn Stand-By Arrangement, the treasury said.", "$900 million").Status);

    // New money given to a body whose name ends in an instrument head is news, not the instrument's earlier figure.
    [Theory]
    [InlineData("Freedonia pledged $2bn to the Vaccine Facility on Monday, its health minister said.")]
    [InlineData("The foundation will give $300 million to the Global Nutrition Facility over the coming months.")]
    public void New_money_to_a_named_facility_is_not_earlier_money(string text)
    {
        var figure = TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 9, 2)), "t.txt")).Funding[0];
        Assert.NotEqual(FundingStatus.Previous, figure.Status);
        Assert.True(figure.Counted);
    }
}
