using AidAnalysis.Lexicons;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Text;

/// <summary>A word set asked about a token (by the token's number) answers as it does about the token's characters.</summary>
public class WordSetTokenTests
{
    private static TokenLayer Tokens(string text) => new Tokenizer(Lexicon.Default).Tokenize(text, []).Tokens;

    private static void AnswersAsByCharacters(WordSet set, TokenLayer tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
            Assert.Equal(set.Contains(tokens.TextOf(i)), set.Contains(tokens, i));
    }

    [Fact]
    public void A_case_blind_set_finds_a_token_in_any_case()
    {
        var tokens = Tokens("The GRANTOR paid a levy, not a grant; Lévy and naïve stay out.");
        var set = new WordSet(["grantor", "Levy", "naïve", ";"]);
        Assert.True(set.Contains(tokens, 1));
        Assert.True(set.Contains(tokens, 4));
        Assert.False(set.Contains(tokens, 8));
        Assert.True(set.Contains(tokens, 9));
        Assert.True(set.Contains(tokens, 12));
        AnswersAsByCharacters(set, tokens);
    }

    [Fact]
    public void An_ordinal_set_finds_a_token_only_as_written()
    {
        var tokens = Tokens("Treasurer and treasurer, quartermaster and Quartermaster.");
        var set = TextPatterns.SpanWordSet(["Treasurer"], ["quartermaster"]);
        Assert.True(set.Contains(tokens, 0));
        Assert.False(set.Contains(tokens, 2));
        Assert.True(set.Contains(tokens, 4));
        Assert.False(set.Contains(tokens, 6));
        AnswersAsByCharacters(set, tokens);
    }

    [Fact]
    public void A_letter_beyond_ascii_never_equals_an_ascii_one()
    {
        // Ordinal comparison ignoring case keeps the Kelvin sign apart from "k" and "ſ" apart from "s", so such a key leaves
        // the set's other words to their numbers and finds no ASCII token.
        var tokens = Tokens("a kilo and a Kilo sun");
        var set = new WordSet(["\u212Ailo", "\u017Fun", "and"]);
        Assert.False(set.Contains(tokens, 1));
        Assert.False(set.Contains(tokens, 4));
        Assert.False(set.Contains(tokens, 5));
        Assert.True(set.Contains(tokens, 2));
        AnswersAsByCharacters(set, tokens);
    }
}
