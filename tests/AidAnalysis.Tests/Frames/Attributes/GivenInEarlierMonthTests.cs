using AidAnalysis.Context;
using AidAnalysis.Frames;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>Money dated by an earlier month of the article's year, read on tokens; clauses written for the tests, read as from
/// an article of 10 May 2025.</summary>
public class GivenInEarlierMonthTests
{
    private static readonly GivenInEarlierMonth Rule = new(Lexicon.Default, new AttributeWords(Lexicon.Default));

    private static bool Holds(string clause)
    {
        var document = new AnalysisDocument(Article.FromText(clause, new ArticleMetadata(), "fixture.txt")) with
        {
            Tokens = new Tokenizer(Lexicon.Default).Tokenize(clause, []).Tokens,
            Context = DocumentContext.None with { ReferenceDate = new DateOnly(2025, 5, 10) },
        };
        var amount = clause.IndexOf("$4", StringComparison.Ordinal);
        return Rule.Holds(document, new Span(0, clause.Length), new Span(amount, amount + 2), clause.Length);
    }

    [Theory]
    [InlineData("the $4 million the council approved in March", true)]
    [InlineData("the $4 million the council approved early in March", true)]
    [InlineData("the $4 million Freedonia gave in February", true)]
    [InlineData("In March, Freedonia pledged $4 million", true)]
    [InlineData("Last month Freedonia donated $4 million", true)]
    [InlineData("the $4 million it gave last month", true)]
    [InlineData("the $4 million it gave only last month", true)]
    // The past act stands 76 characters but eight words after "last month".
    [InlineData("Last month the intergovernmental Freedonian reconstruction programme's administrators approved $4 million", true)]
    // A month not before the article's, a year after the month, a month written in lower case.
    [InlineData("the $4 million the council approved in June", false)]
    [InlineData("the $4 million the council approved in March 2024", false)]
    [InlineData("the $4 million the council approved in March 5, 2024", false)]
    [InlineData("the $4 million the council approved in March, 2024", false)]
    [InlineData("the $4 million the council approved in march", false)]
    // No past act: before "in March", or after "last month" within the clause's sentence part.
    [InlineData("the $4 million due in March", false)]
    [InlineData("In March Freedonia pledged $4 million", false)]
    [InlineData("Last month; Freedonia donated $4 million", false)]
    [InlineData("the $4 million it gives last month", false)]
    [InlineData("the $4 million it gave Last month", false)]
    public void A_past_act_dated_by_an_earlier_month(string clause, bool holds) => Assert.Equal(holds, Holds(clause));
}
