using AidAnalysis.Frames.Parties;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>Phrases after a mention are read forwards over the token layer: optional words, then a head, one space apart.</summary>
public class PhrasesAfterTests
{
    private static readonly PhrasesAfter Phrases = new(PhrasesAfter.Combinations([["new"], ["relief"]], ["grant", "grants"]));

    private static bool Follows(string text, string mention, int width = 40)
    {
        var tokens = TestSupport.Process(text).Tokens;
        var end = text.IndexOf(mention, StringComparison.Ordinal) + mention.Length;
        return Phrases.StartRightAfter(tokens, end, Math.Min(text.Length, end + width));
    }

    [Theory]
    [InlineData("The Tongan grant came late.")]
    [InlineData("The Tongan new relief grants came late.")]
    [InlineData("The Tongan relief grant came late.")]
    public void An_optional_word_and_a_head_follow(string text) => Assert.True(Follows(text, "Tongan"));

    [Theory]
    [InlineData("The Tongan grantee came late.", 40)]
    [InlineData("The Tongan  grant came late.", 40)]
    [InlineData("The Tongan relief new grant came late.", 40)]
    [InlineData("The Tongan new relief grant came late.", 12)]
    public void Anything_else_does_not(string text, int width) => Assert.False(Follows(text, "Tongan", width));

    [Fact]
    public void Combinations_keep_the_order_of_the_optional_words() =>
        Assert.Equal(["grant", "relief grant", "new grant", "new relief grant"], PhrasesAfter.Combinations([["new"], ["relief"]], ["grant"]));
}
