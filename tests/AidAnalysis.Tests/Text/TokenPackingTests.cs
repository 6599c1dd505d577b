using System.Runtime.CompilerServices;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Text;

/// <summary>A token is 16 bytes: its lemma, kind, shape and preceding space are packed, and each reads back as it was given.</summary>
public class TokenPackingTests
{
    [Fact]
    public void A_token_is_sixteen_bytes() => Assert.Equal(16, Unsafe.SizeOf<Token>());

    [Fact]
    public void Every_kind_shape_and_space_reads_back_as_given()
    {
        foreach (var kind in Enum.GetValues<TokenKind>())
            foreach (var shape in Enum.GetValues<TokenShape>())
                foreach (var space in new[] { false, true })
                    foreach (var lemma in new[] { -1, 0, 7, Token.MaxLemmas })
                    {
                        var token = new Token(1_000_000, 2_000_000, 40_000, lemma, kind, shape, space);
                        Assert.Equal((1_000_000, 2_000_000, 40_000, lemma, kind, shape, space),
                            (token.Start, token.End, token.Sentence, token.Lemma, token.Kind, token.Shape, token.SpaceBefore));
                    }
    }

    [Fact]
    public void A_lemma_index_beyond_the_packed_range_is_refused() =>
        Assert.Throws<OverflowException>(() => new Token(0, 1, 0, Token.MaxLemmas + 1, TokenKind.Word, TokenShape.Lower, false));
}
