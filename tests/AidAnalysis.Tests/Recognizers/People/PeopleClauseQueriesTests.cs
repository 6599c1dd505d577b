using AidAnalysis.Lexicons;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>The token questions the person rules ask of a name's place in its clause: whether it opens the clause, whether a
/// reporting verb cites it.</summary>
public class PeopleClauseQueriesTests
{
    private static TokenLayer Tokens(string text) => new Tokenizer(Lexicon.Default).Tokenize(text, []).Tokens;

    [Theory]
    [InlineData("Tomas Vell spoke.", 0, true)]
    [InlineData("  Tomas Vell spoke.", 2, true)]
    [InlineData("It rained. Tomas Vell spoke.", 11, true)]
    [InlineData("It rained;  Tomas Vell spoke.", 12, true)]
    [InlineData("Headline\nTomas Vell spoke.", 9, true)]
    [InlineData("“Tomas Vell spoke.”", 1, true)]
    [InlineData("PORTVILLE — Tomas Vell spoke.", 12, true)]
    [InlineData("PORTVILLE - Tomas Vell spoke.", 12, true)]
    [InlineData("PORTVILLE -Tomas Vell spoke.", 11, false)]
    [InlineData("Yesterday, Tomas Vell spoke.", 11, false)]
    [InlineData("Headline\tTomas Vell spoke.", 9, false)]
    [InlineData("When Tomas Vell spoke.", 5, false)]
    [InlineData("O’Neil Vell spoke.", 2, false)]
    public void A_name_opens_its_clause_after_a_sentence_end_a_line_break_a_quote_or_a_dash(string text, int offset, bool opens) =>
        Assert.Equal(opens, Tokens(text).OpensClauseAt(offset));

    [Theory]
    [InlineData("“We are ready,” said Tomas Vell.", "Tomas", true)]
    [InlineData("“We are ready”, said, Tomas Vell.", "Tomas", true)]
    [InlineData("according to Tomas Vell, the road is shut.", "Tomas", true)]
    [InlineData("According to Tomas Vell, the road is shut.", "Tomas", true)]
    [InlineData("a letter to Tomas Vell arrived.", "Tomas", false)]
    [InlineData("“Ready,” Said Tomas Vell.", "Tomas", false)]
    [InlineData("“Ready,” pre-said Tomas Vell.", "Tomas", false)]
    [InlineData("“Ready,” said\nTomas Vell.", "Tomas", false)]
    [InlineData("they met Tomas Vell.", "Tomas", false)]
    public void A_name_is_cited_right_after_a_reporting_verb_or_according_to(string text, string name, bool cited) =>
        Assert.Equal(cited, Tokens(text).IsCitedAt(text.IndexOf(name, StringComparison.Ordinal), Lexicon.Default.ReportingVerbs));

    [Theory]
    [InlineData("a team, led by", 0, 6)]
    [InlineData("a team; led, by", 0, 11)]
    [InlineData("a team\nled by", 0, 6)]
    [InlineData("some 1,500 led by", 0, 6)]
    [InlineData("some 1,500 led by", 7, -1)]
    [InlineData("a team led by", 0, -1)]
    public void The_nearest_stop_is_a_line_break_or_a_mark_or_a_number_separator_after_the_floor(string text, int floor, int at) =>
        Assert.Equal(at, Tokens(text).LastStopBefore(text.Length, floor, static (t, i) => t[i] is ',' or ';'));

    [Theory]
    [InlineData("LONDON - Health", "-", true)]
    [InlineData("LONDON -Health", "-", false)]
    [InlineData("Chile and Peru", "and", true)]
    [InlineData("Chile and\nPeru", "and", false)]
    public void A_dash_or_and_stands_between_spaces(string text, string token, bool between)
    {
        var tokens = Tokens(text);
        Assert.Equal(between, tokens.StandsBetweenSpaces(tokens.IndexAt(text.IndexOf(token, StringComparison.Ordinal))));
    }

    [Fact]
    public void The_last_line_break_between_tokens()
    {
        var tokens = Tokens("Head\n\n  line");
        Assert.Equal(5, tokens.LastLineBreak(4, 8));
        Assert.Equal(-1, tokens.LastLineBreak(6, 8));
    }
}
