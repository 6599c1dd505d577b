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

    // A comma between the amount's own head noun phrase and the clause does not make the clause another noun's; nor does a
    // clause on the head noun that the amount then values. These fail with the comma read as another noun's mark.
    [Theory]
    [InlineData("The regional bank approved a $30 million loan for Sylvania's village clinics, which will be paid out in 2026, the bank said.", "$30 million", 2026)]
    [InlineData("Ruritania will receive a $14 million grant from the Northern Development Fund, which its governors approved in May 2024, to rebuild ferries.", "$14 million", 2024)]
    [InlineData("The package, which the council signed off in 2024, is worth $9 million and will pay for new wells.", "$9 million", 2024)]
    [InlineData("Its credit line – a $6 million tranche, which lenders will release in 2026 – was welcomed by the ministry.", "$6 million", 2026)]
    public void A_clause_on_the_amounts_head_noun_dates_it(string text, string amount, int year) =>
        Assert.Equal(year, Figure(text, amount).Year);

    // "all of that in 2024": a "that" after a preposition is a demonstrative, not a relative pronoun.
    [Theory]
    [InlineData("Sylvania has sent Ruritania $7 million in food aid, most of that in 2024, the embassy said.", "$7 million", 2024)]
    [InlineData("Freedonia gave $3 million in relief to flood victims, part of that in 2024, and more will follow, aides said.", "$3 million", 2024)]
    public void A_demonstrative_that_opens_no_clause(string text, string amount, int year) =>
        Assert.Equal(year, Figure(text, amount).Year);

    // Near-misses: the noun before the comma is not the amount's head, or the head noun's clause is followed by other words.
    [Theory]
    [InlineData("Sylvania gave $5 million to the refugee agency, which several donors stopped funding in 2023, officials said.", "$5 million", 2023)]
    [InlineData("Sylvania approved a $5 million grant to the refugee agency, which several donors stopped funding in 2023, officials said.", "$5 million", 2023)]
    [InlineData("The railway, which opened in 2019, is worth $40 million to the region, the ministry said.", "$40 million", 2019)]
    public void A_clause_on_another_noun_still_dates_no_amount(string text, string amount, int clauseYear) =>
        Assert.NotEqual(clauseYear, Figure(text, amount).Year);
}
