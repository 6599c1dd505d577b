using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>Attribution patterns shared by several claim rules, each read on an invented phrase.</summary>
public class ClaimPatternTests
{
    [Theory]
    [InlineData("the ferry runs weekly, the board said, adding that fares would rise", 37)]
    [InlineData("the board said, during a visit by the mayor, adding that fares would rise", -1)]
    [InlineData("the board said the ferry runs weekly", -1)]
    public void A_participle_clause_starts_at_its_comma_but_during_is_a_preposition(string text, int expected) =>
        Assert.Equal(expected, ParticipleClause.StartIn(text, new Span(0, text.Length)));

    [Theory]
    [InlineData("\"Too slow,\" though she warned that", "warned", true)]
    [InlineData("\"Too slow,\" and she warned that", "warned", true)]
    [InlineData("\"Too slow,\" Anna Berg and Lise Dahl warned", "warned", false)]
    [InlineData("\"Too slow,\" she warned", "warned", false)]
    public void A_conjunction_between_a_quotation_and_the_cue_opens_a_clause_of_its_own(string text, string cue, bool opens)
    {
        var afterQuote = text.IndexOf(',') + 2;
        Assert.Equal(opens, new ConjunctionBeforeCue(Lexicon.Default).OpensClause(text, new Span(afterQuote, text.Length), cue));
    }
}
