using AidAnalysis.Lexicons;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Text;

/// <summary>The token layer finds the token at an offset through a table of blocks: the same answer as a walk over every token,
/// at block edges, inside long tokens and whitespace runs, before the text and past its end.</summary>
public class TokenOffsetIndexTests
{
    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("Kestrel Fund pledged 1,250,000.75 euros, said Ms Varga.")]
    [InlineData("Supercalifragilisticexpialidociousnessfullyoverlongwordthatspansblocks and                                              gaps, then more words.")]
    public void Every_offset_maps_to_the_first_token_ending_after_it(string text)
    {
        var tokens = Tokenizer.Tokenize(text, []).Tokens;
        for (var offset = -3; offset <= text.Length + 70; offset++)
        {
            var expected = 0;
            while (expected < tokens.Count && tokens[expected].End <= offset) expected++;
            Assert.Equal(expected, tokens.IndexAt(offset));
        }
    }

    [Fact]
    public void A_long_text_maps_like_a_short_one()
    {
        var text = string.Concat(Enumerable.Range(0, 400).Select(i => $"word{i % 7}{new string(' ', i % 5)}, "));
        var tokens = Tokenizer.Tokenize(text, []).Tokens;
        var expected = 0;
        for (var offset = 0; offset <= text.Length + 40; offset++)
        {
            while (expected < tokens.Count && tokens[expected].End <= offset) expected++;
            Assert.Equal(expected, tokens.IndexAt(offset));
        }
    }
}
