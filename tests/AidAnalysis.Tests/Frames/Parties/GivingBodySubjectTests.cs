using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>"X's humanitarian office has allocated $Y": the owner of a giving body that is the subject of a verb of giving
/// gives; sentences written for the tests.</summary>
public class GivingBodySubjectTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 9, 2)), "t.txt")).Funding
            .Single(f => f.AmountText == amount);

    [Theory]
    [InlineData("Relief for Chad\n\nThe Netherlands pledged $6 million for shelter. The European Union's emergency office has allocated €3 million for families in Chad this year.", "€3 million", "European Union")]
    [InlineData("Relief for Chad\n\nThe Netherlands pledged $6 million for shelter. Canada's humanitarian agency will provide $2 million for clean water in Chad.", "$2 million", "Canada")]
    public void The_owner_of_a_giving_body_that_gives_is_the_donor(string text, string amount, string donor) =>
        Assert.Equal(donor, Figure(text, amount).Donor);
}
