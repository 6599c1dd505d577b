using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>"X added $Y", "X may add up to $Y": the subject of "add" with the amount as its object gives; sentences written
/// for the tests.</summary>
public class AddingVerbTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 5, 20)), "t.txt")).Funding
            .Single(f => f.AmountText == amount);

    [Theory]
    [InlineData("Donors meet on Tarvia's recovery\n\nThe Netherlands pledged $6 million for shelter. Portugal added 3 million euros, officials said.", "3 million euros", "Portugal")]
    [InlineData("Donors meet on Tarvia's recovery\n\nThe Netherlands pledged $6 million for shelter. Austria, still drafting its budget, may add up to 4 million euros later.", "4 million euros", "Austria")]
    public void The_subject_of_add_with_the_amount_as_object_gives(string text, string amount, string donor) =>
        Assert.Equal(donor, Figure(text, amount).Donor);

    [Fact]
    public void Adding_that_takes_a_clause_not_the_amount() =>
        Assert.Null(Figure("Tarvia appeals for help\n\nPortugal spoke at the meeting, adding that $9 million was still missing.", "$9 million").Donor);

    [Theory]
    [InlineData("Lenders respond to Tarvia's floods\n\nLast week the Asian Development Bank redirected $30 million from a road project to flood relief.", "$30 million", "Asian Development Bank")]
    [InlineData("Lenders respond to Tarvia's floods\n\nThe World Bank said it would reallocate up to $40 million from existing projects.", "$40 million", "World Bank")]
    public void The_subject_of_a_reallocating_verb_with_the_amount_as_object_gives(string text, string amount, string donor) =>
        Assert.Equal(donor, Figure(text, amount).Donor);

    [Theory]
    [InlineData("Donors meet on Tarvia's recovery\n\nThe Netherlands pledged $6 million for shelter. Portugal is the largest contributor, with $9 million for schools.", "$9 million", "Portugal")]
    [InlineData("Donors meet on Tarvia's recovery\n\nThe Netherlands pledged $6 million for shelter. Austria followed with 3 million euros.", "3 million euros", "Austria")]
    public void The_party_opening_the_sentence_brings_the_amount_after_with(string text, string amount, string donor) =>
        Assert.Equal(donor, Figure(text, amount).Donor);

    [Fact]
    public void An_apposition_with_an_amount_gives_nothing() =>
        Assert.Null(Figure("Donors meet on Tarvia's recovery\n\nKenya, with $2 billion in debt, asked for help.", "$2 billion").Donor);
}
