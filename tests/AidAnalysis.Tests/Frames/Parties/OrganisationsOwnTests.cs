using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>"$X to the Y Agency's programme": the organisation that owns what the money is marked for after "to" or "for"
/// receives it; sentences written for the tests.</summary>
public class OrganisationsOwnTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 9, 2)), "t.txt")).Funding
            .Single(f => f.AmountText == amount);

    [Theory]
    [InlineData("Relief for Chad\n\nNorway pledged $6 million for shelter in Chad. Sweden will contribute $2 million to UNICEF's nutrition programme in Chad.", "$2 million", "UNICEF")]
    [InlineData("Relief for Chad\n\nNorway pledged $6 million for shelter in Chad. Sweden announced $3 million for the World Food Programme's operations in Chad.", "$3 million", "World Food Programme")]
    public void An_organisation_whose_programme_the_money_is_for_receives_it(string text, string amount, string recipient) =>
        Assert.Equal(recipient, Figure(text, amount).Recipient);
}
