using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Text;

/// <summary><see cref="WordSpacing.OneSpace"/>: the space character exactly, where <see cref="WordSpacing.OneWhitespace"/> takes
/// any one whitespace character; fixtures written for these tests.</summary>
public class OneSpaceSpacingTests
{
    [Fact]
    public void One_space_is_the_space_character_alone()
    {
        const string text = "Relief\treached the\ncoast by road.";
        var tokens = TestSupport.Process(text).Tokens;
        var reached = tokens.FirstStartingFrom(text.IndexOf("reached", StringComparison.Ordinal));
        Assert.True(tokens.SpacedFromPrevious(reached, WordSpacing.OneWhitespace));
        Assert.False(tokens.SpacedFromPrevious(reached, WordSpacing.OneSpace));
        Assert.True(tokens.SpacedFromPrevious(reached + 1, WordSpacing.OneSpace));
        var by = text.IndexOf("by", StringComparison.Ordinal);
        Assert.True(tokens.Is(tokens.TokenRightBefore(by, 0, WordSpacing.OneSpace), "coast"));
        Assert.Equal(-1, tokens.TokenRightAfter(text.IndexOf("the", StringComparison.Ordinal) + 3, text.Length, WordSpacing.OneSpace));
        Assert.True(tokens.Is(tokens.TokenRightAfter(by + 2, text.Length, WordSpacing.OneSpace), "road"));
    }
}
