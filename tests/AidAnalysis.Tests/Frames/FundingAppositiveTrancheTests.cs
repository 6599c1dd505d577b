using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>An apposition after the news amount that names it a piece of a larger amount (", the final tranche of a $3 billion
/// loan", ", part of a €65 million package") makes it `part_of` that amount, which is the earlier commitment the news comes
/// under and so `previous` (SCHEMA.md: "a total and its tranches"); invented fixtures.</summary>
public class FundingAppositiveTrancheTests
{
    private static ArticleAnalysis Analyze(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText("Aid\n\n" + text, new ArticleMetadata(Title: "Aid", Published: new DateOnly(2025, 3, 10)), "t.txt"));

    private static FundingFigure Row(ArticleAnalysis a, string amountText) => a.Funding.Single(f => f.AmountText == amountText);

    private static string? ParentOf(ArticleAnalysis a, string amountText) =>
        a.Funding.SingleOrDefault(p => p.Id == Row(a, amountText).PartOfId)?.AmountText;

    private static string[] Counted(ArticleAnalysis a) => a.Funding.Where(f => f.Counted).Select(f => f.AmountText).ToArray();

    [Fact]
    public void A_final_tranche_of_a_loan_is_part_of_it() =>
        AssertPieceOf("The fund on Friday approved $1.1 billion for Lorvania, the final tranche of a $3 billion loan agreed last summer.", "$1.1 billion", "$3 billion");

    [Fact]
    public void Part_of_a_package_set_off_by_a_comma_is_part_of_it() =>
        AssertPieceOf("Brevia announced €28 million in aid for Osterlich, part of a €65 million package for the region.", "€28 million", "€65 million");

    [Fact]
    public void An_instalment_after_an_attribution_is_part_of_its_line() =>
        AssertPieceOf("The bank released £50 million to Osterlich, officials said on Monday, a second instalment of the £200 million credit line.", "£50 million", "£200 million");

    private static void AssertPieceOf(string text, string news, string whole)
    {
        var a = Analyze(text);
        Assert.Equal((whole, FundingStatus.Previous), (ParentOf(a, news), Row(a, whole).Status));
        Assert.Equal([news], Counted(a));
    }

    [Fact]
    public void The_news_keeps_the_kind_its_own_words_give_under_an_earlier_package()
    {
        var a = Analyze("Brevia announced €28 million in humanitarian and development aid for Osterlich, part of a €65 million humanitarian package agreed last year.");
        Assert.Equal(("€65 million", AidType.Unspecified), (ParentOf(a, "€28 million"), Row(a, "€28 million").AidType));
    }

    [Fact]
    public void Other_amounts_beside_a_larger_one_stay_apart()
    {
        // The apposition's amount is not larger: no piece of it.
        Assert.Null(ParentOf(Analyze("Lorvania approved $5 billion for Osterlich, part of a $3 billion plan it revised."), "$5 billion"));
        // No comma: a second object of the verb, not an apposition.
        Assert.Null(ParentOf(Analyze("Lorvania approved $90 million for Osterlich and the final tranche of a $300 million loan for Brevia."), "$90 million"));
    }
}
