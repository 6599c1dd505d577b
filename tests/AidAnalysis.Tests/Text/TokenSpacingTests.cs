using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Text;

/// <summary>The layer's "right before / right after" queries under both spacing rules; fixtures written for these tests.</summary>
public class TokenSpacingTests
{
    private static TokenLayer Tokens(string text) => TestSupport.Process(text).Tokens;

    [Fact]
    public void One_whitespace_character_apart_or_any_run_of_it()
    {
        const string text = "Aid to  the coast (now) reached 5 people.";
        var tokens = Tokens(text);
        var the = text.IndexOf("the", StringComparison.Ordinal);
        Assert.Equal(-1, tokens.TokenRightBefore(the, 0, WordSpacing.OneWhitespace));
        Assert.True(tokens.Is(tokens.TokenRightBefore(the, 0, WordSpacing.AnyWhitespace), "to"));
        Assert.Equal(-1, tokens.TokenRightBefore(the, the - 3, WordSpacing.AnyWhitespace));
        var to = tokens.TokenRightBefore(the, 0, WordSpacing.AnyWhitespace);
        Assert.False(tokens.SpacedFromPrevious(to + 1, WordSpacing.OneWhitespace));
        Assert.True(tokens.SpacedFromPrevious(to + 1, WordSpacing.AnyWhitespace));
        Assert.True(tokens.Is(tokens.WordRightAfter(text.IndexOf("Aid", StringComparison.Ordinal) + 3, text.Length, WordSpacing.OneWhitespace), "to"));
        Assert.Equal(-1, tokens.WordRightAfter(tokens[to].End, text.Length, WordSpacing.OneWhitespace));
    }

    [Fact]
    public void A_mark_is_no_word_and_a_word_glued_to_one_is_not_right_before_a_space()
    {
        const string text = "Aid to the coast (now) reached 5 people.";
        var tokens = Tokens(text);
        var reached = text.IndexOf("reached", StringComparison.Ordinal);
        var bracket = tokens.TokenRightBefore(reached, 0, WordSpacing.OneWhitespace);
        Assert.True(tokens.IsMark(bracket, ')'));
        Assert.Equal(-1, tokens.WordRightBefore(reached, 0, WordSpacing.OneWhitespace));
        Assert.True(tokens.IsExactly(tokens.WordRightBefore(text.IndexOf("people", StringComparison.Ordinal), 0, WordSpacing.OneWhitespace), "5"));
        Assert.False(tokens.IsExactly(tokens.WordRightAfter(0, text.Length, WordSpacing.AnyWhitespace), "Aid"));
        Assert.Equal(2, tokens.WordCount(0, 2));
    }
}
