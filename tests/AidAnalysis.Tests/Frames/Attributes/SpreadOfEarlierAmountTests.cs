using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>A span of years written in the clause of one amount spreads that amount only: the next clause of the sentence,
/// with a giver of its own, is dated like the story's other news (SCHEMA.md: a year that follows from the publication date;
/// only a programme spread over several years has none). Sentences written for the tests.</summary>
public class SpreadOfEarlierAmountTests
{
    private static IReadOnlyList<FundingFigure> Rows(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2026, 3, 10)), "t.txt")).Funding;

    private static int? YearOf(string text, string amount) => Assert.Single(Rows(text), f => f.AmountText == amount).Year;

    [Theory]
    [InlineData("Norway committed $800 million over four years, Denmark $300 million and Finland $100 million.", "$800 million", "$300 million")]
    [InlineData("Germany will give €100 million to Jordan over three years, and France will give €20 million.", "€100 million", "€20 million")]
    [InlineData("Japan pledged $9 million a year to Chad, while Korea pledged $3 million.", "$9 million", "$3 million")]
    public void The_next_givers_amount_keeps_the_year(string text, string spread, string dated)
    {
        Assert.Null(YearOf(text, spread));
        Assert.Equal(2026, YearOf(text, dated));
    }

    [Theory]
    [InlineData("Canada will give $60 million over three years to Peru, and $15 million to Chile.", "$15 million")]
    [InlineData("Japan will lend Laos €5 billion over six years, including €2 billion for schools.", "€2 billion")]
    [InlineData("Norway will provide $40 million to Kenya over four years, and Sweden $10 million over two years.", "$10 million")]
    [InlineData("Britain will over five years give £100m, including £20m for Sudan.", "£20m")]
    [InlineData("Norway will, over four years, give $40m and $10m in loans to Kenya.", "$10m")]
    [InlineData("A multi-year grant from Japan gives Laos ¥9 billion, of which ¥2 billion is for roads.", "¥2 billion")]
    [InlineData("Under a multi-year deal Japan gives Laos ¥9 billion plus ¥2 billion in loans.", "¥2 billion")]
    [InlineData("The EU committed €500 million over five years, with Ethiopia getting €120 million.", "€120 million")]
    [InlineData("Canada pledged $80 million over four years, Haiti receiving $30 million of it.", "$30 million")]
    public void An_amount_that_continues_the_clause_or_has_its_own_span_has_no_year(string text, string amount) =>
        Assert.Null(YearOf(text, amount));
}
