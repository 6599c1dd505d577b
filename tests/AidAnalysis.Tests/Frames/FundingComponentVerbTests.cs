using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>A sentence whose subject points back to the amount before ("The package", "The funds", "This aid") and whose verb
/// names its parts ("consists of", "includes", "will be split") lists components of that amount, even where the parts' nouns
/// stand between the verb and the first amount (SCHEMA.md part_of: "a package and its lines"); invented fixtures.</summary>
public class FundingComponentVerbTests
{
    private static ArticleAnalysis Analyze(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText("Aid\n\n" + text, new ArticleMetadata(Title: "Aid", Published: new DateOnly(2025, 3, 10)), "t.txt"));

    private static string? ParentOf(ArticleAnalysis a, string amountText) =>
        a.Funding.SingleOrDefault(p => p.Id == a.Funding.Single(f => f.AmountText == amountText).PartOfId)?.AmountText;

    private static string[] Counted(ArticleAnalysis a) => a.Funding.Where(f => f.Counted).Select(f => f.AmountText).ToArray();

    [Theory]
    [InlineData("Lorvania announced a defence package for Osterlich worth €40 million. The package consists of field radios worth €12 million and €8 million for fuel.",
        "€40 million", "€12 million", "€8 million")]
    [InlineData("The relief fund released $20 million for the Marren valley. The funds will be split, with $9 million going to Osterlich and $6 million to Brevia.",
        "$20 million", "$9 million", "$6 million")]
    [InlineData("Brevia pledged £30 million to Osterlich on Monday. This aid, officials said, includes shelter kits worth £10 million and £5 million for seeds.",
        "£30 million", "£10 million", "£5 million")]
    [InlineData("Lorvania gave CHF 50 million to Osterlich. The money has been divided between the two regions, CHF 30 million for the north and CHF 20 million for the south.",
        "CHF 50 million", "CHF 30 million", "CHF 20 million")]
    public void Parts_named_after_a_component_verb_belong_to_the_amount_before(string text, string whole, string first, string second)
    {
        var a = Analyze(text);
        Assert.Equal((whole, whole), (ParentOf(a, first), ParentOf(a, second)));
        Assert.Equal([whole], Counted(a));
    }

    [Theory]
    // The subject names another giver's package, not the amount before.
    [InlineData("Lorvania pledged €40 million to Osterlich. Brevia's own package includes field radios worth €15 million.", "€15 million")]
    // A larger amount is no part of the smaller one before.
    [InlineData("Lorvania pledged €40 million to Osterlich. The funds will be split by region, while Brevia gave €50 million to the same fund.", "€50 million")]
    // Another giver's money in a relative clause is no component of the package.
    [InlineData("Norway announced €40 million for Sudan. The package also includes work with Japan, which gave €15 million last year.", "€15 million")]
    public void Other_amounts_after_a_component_verb_stay_apart(string text, string amountText)
    {
        var a = Analyze(text);
        Assert.Null(ParentOf(a, amountText));
    }
}
