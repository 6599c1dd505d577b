using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Requests written as a noun or a present-tense need ("a $X flash appeal", "the plan seeks $X", "$X is needed"),
/// and an approval of a request, which allocates the money; sentences written for the tests.</summary>
public class FundingRequestFormTests
{
    private static readonly DateOnly June2025 = new(2025, 6, 10);

    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: June2025), "t.txt")).Funding
            .Single(f => f.AmountText == amount);

    [Theory]
    [InlineData("Aid agencies on Monday launched a $42 million flash appeal to help flood victims in Malawi.", "$42 million")]
    [InlineData("The regional refugee plan for Burundi seeks $215 million this year, officials said.", "$215 million")]
    [InlineData("About $9 million of that sum is needed for sanitation aid alone.", "$9 million")]
    public void A_request_in_noun_or_need_form_is_requested(string text, string amount) =>
        Assert.Equal(FundingStatus.Requested, Figure(text, amount).Status);

    [Fact]
    public void An_approved_request_is_allocated() =>
        Assert.Equal(FundingStatus.Allocated,
            Figure("The fund's board approved Honduras's request for about $380 million to rebuild bridges.", "$380 million").Status);
}
