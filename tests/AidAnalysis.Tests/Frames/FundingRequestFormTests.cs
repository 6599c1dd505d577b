using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Requests written as a noun or a need ("a $X flash appeal", "the plan seeks $X", "requires $X", "$X is needed", "said it needed $X"),
/// and an approval of a request, which allocates the money; sentences written for the tests.</summary>
public class FundingRequestFormTests
{
    private static readonly DateOnly June2025 = new(2025, 6, 10);

    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: June2025), "t.txt")).Funding
            .Single(f => f.AmountText == amount);

    [Theory]
    [InlineData("Aid agencies launched a $42 million flash appeal for Malawi's flooded south on Friday.", "$42 million")]
    [InlineData("Burundi's regional refugee plan seeks $215 million this year, officials said.", "$215 million")]
    [InlineData("About $9 million of that sum is needed for sanitation aid alone.", "$9 million")]
    [InlineData("The response plan for Chad requires $900 million this year, UN figures show.", "$900 million")]
    [InlineData("The Red Cross said it needed $5 million to keep its clinics in Chad open.", "$5 million")]
    public void A_request_in_noun_or_need_form_is_requested(string text, string amount) =>
        Assert.Equal(FundingStatus.Requested, Figure(text, amount).Status);

    /// <summary>A need or gap that governs the amount directly is a request, whatever background word the clause also holds.</summary>
    [Theory]
    [InlineData("The Lutheran relief office reports a funding gap of $37 million until December.", "$37 million")]
    [InlineData("Medical teams in Tarvia report a shortfall of $12 million after two donors withdrew.", "$12 million")]
    [InlineData("The agency said it needs $63 million to reopen its bakeries and has secured barely a tenth of it so far.", "$63 million")]
    public void A_need_governing_the_amount_is_requested(string text, string amount) =>
        Assert.Equal(FundingStatus.Requested, Figure(text, amount).Status);

    [Fact]
    public void An_approved_request_is_allocated() =>
        Assert.Equal(FundingStatus.Allocated,
            Figure("Directors of the fund approved a request from Honduras for $380 million to rebuild bridges.", "$380 million").Status);
}
