using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>A contrastive "while" clause or a semicolon ends an amount's clause, so its tense does not leak to the other
/// amount; sentences written for the tests.</summary>
public class FundingClauseBreakTests
{
    [Fact]
    public void The_future_of_a_while_clause_does_not_make_the_first_amount_a_pledge()
    {
        var funding = TestSupport.Pipeline.Analyze(Article.FromText(
            "Finland gave $3 million to Oxfam on Monday, while Sweden will give $2 million to CARE.",
            new ArticleMetadata(Published: new DateOnly(2025, 2, 3)), "t.txt")).Funding;
        Assert.Equal(FundingStatus.Delivered, funding.Single(f => f.AmountText == "$3 million").Status);
    }
}
