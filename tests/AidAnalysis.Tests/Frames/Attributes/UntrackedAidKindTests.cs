using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>Development aid and early recovery are kinds no tracker class holds: the amount they describe stays
/// `unspecified` in a story whose headline names relief, while the same words capitalised in a name do not count. Sentences
/// written for the tests.</summary>
public class UntrackedAidKindTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Title: text[..text.IndexOf('\n')], Published: new DateOnly(2025, 3, 10)), "t.txt"))
            .Funding.Single(f => f.AmountText == amount);

    [Theory]
    [InlineData("Freedonia will provide $8 million to Ruritania's early recovery next year.", "$8 million")]
    [InlineData("Freedonia has pledged $40 million in development assistance to Ruritania over five years.", "$40 million")]
    [InlineData("Freedonia pledged $2 million to Ruritania. Development aid of $30 million will also be given by Freedonia.", "$30 million")]
    [InlineData("The ministry earmarks €50 million for development cooperation with Ruritania in 2026.", "€50 million")]
    [InlineData("Of the total, $12 million goes to development co-operation and the rest to Ruritania's flood victims.", "$12 million")]
    [InlineData("The minister asked parliament for €70 million, all of it for development cooperation, next year.", "€70 million")]
    public void An_amount_of_an_untracked_kind_keeps_no_type_from_the_headline(string body, string amount) =>
        Assert.Equal(AidType.Unspecified, Figure("Freedonia sends flood relief to Ruritania\n\n" + body, amount).AidType);

    [Theory]
    [InlineData("Freedonia will give $3 million through the UN Development Programme for flood victims in Ruritania.")]
    [InlineData("The Freedonian Agency for Development Cooperation will give $3 million for flood victims in Ruritania.")]
    public void A_capitalised_name_is_no_untracked_kind(string body) =>
        Assert.Equal(AidType.Humanitarian, Figure("Freedonia sends aid to Ruritania\n\n" + body, "$3 million").AidType);

    [Fact]
    public void Relief_nearer_the_amount_than_development_cooperation_types_it() =>
        Assert.Equal(AidType.Humanitarian, Figure("Freedonia sends aid to Ruritania\n\n"
            + "Freedonia gave $5 million in flood relief, on top of its development cooperation programme.", "$5 million").AidType);
}
