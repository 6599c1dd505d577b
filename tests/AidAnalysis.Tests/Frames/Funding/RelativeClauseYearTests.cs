using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>A year inside a relative clause about another noun dates that noun's event, not the amount outside the clause
/// (RelativeClauseYear); sentences written for the tests.</summary>
public class RelativeClauseYearTests
{
    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 9, 2)), "t.txt"))
            .Funding.First(f => f.AmountText == amount);

    // A giving clause whose receiver a relative clause describes: the news keeps the article's year and stays news.
    [Theory]
    [InlineData("Sylvania will give €6 million in humanitarian aid to the refugee agency, which several donors stopped funding in 2023, and €3 million to a pooled fund.", "€6 million")]
    [InlineData("Sylvania will give €6 million in humanitarian aid to the refugee agency, which several donors stopped funding in 2023, and €3 million to a pooled fund.", "€3 million")]
    [InlineData("Freedonia will provide $8 million in emergency aid to the health agency, whose appeal went unanswered last year, the ministry said.", "$8 million")]
    public void News_beside_another_nouns_relative_clause_keeps_the_article_year(string text, string amount)
    {
        var figure = Figure(text, amount);
        Assert.Equal(2025, figure.Year);
        Assert.Equal(FundingStatus.Pledged, figure.Status);
    }

    [Theory]
    [InlineData("The ministry owes foreign lenders about $2.1 billion, most of it tied to a port that opened in 2019.", "$2.1 billion")]
    [InlineData("Ruritania, which has yet to pass its spending plan for 2027, may add up to 40 million euros, an official said.", "40 million euros")]
    public void A_relative_clause_of_another_noun_dates_no_amount(string text, string amount) =>
        Assert.Null(Figure(text, amount).Year);

    // The clause tells of the amount's own noun, or holds the amount: its year is the amount's.
    [Theory]
    [InlineData("The new aid builds on a $500 million package that the ministry announced in July 2023.", "$500 million", 2023)]
    [InlineData("Freedonia, which pledged $20 million in 2023, said it would review its support.", "$20 million", 2023)]
    [InlineData("Sylvania will bring forward a $19 million grant to the agency that had been planned for 2026.", "$19 million", 2026)]
    public void The_amounts_own_relative_clause_dates_it(string text, string amount, int year) =>
        Assert.Equal(year, Figure(text, amount).Year);
}
