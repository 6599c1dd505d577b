using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>Token questions the claim rules ask that the token layer does not answer itself.</summary>
internal static class ClaimsTokenQueries
{
    /// <summary>The subject pronoun that ends <paramref name="window"/> but for spaces, as written: "he", "she", "they",
    /// "we", "it" in lower case or opening a sentence ("He"), and "I"; else null.</summary>
    public static string? SubjectPronounEnding(this TokenLayer tokens, Span window)
    {
        var last = tokens.LastEndingBy(window.End);
        if (last < 0 || tokens[last].Start < window.Start || !tokens.Text.AsSpan(tokens[last].End..window.End).IsWhiteSpace()) return null;
        return tokens.TextOf(last) switch
        {
            "he" => "he", "He" => "He", "she" => "she", "She" => "She", "they" => "they", "They" => "They",
            "we" => "we", "We" => "We", "it" => "it", "It" => "It", "I" => "I",
            _ => null,
        };
    }

    /// <summary>The word right before <paramref name="offset"/> across spaces and commas (not a line break), as written;
    /// empty when another mark stands between, or when the word runs on through a full stop or hyphen ("e.g.to",
    /// "pre-to"), which no function word does.</summary>
    public static ReadOnlySpan<char> WordRightBefore(this TokenLayer tokens, int offset) =>
        tokens.WordIndexRightBefore(offset) is var i and >= 0 ? tokens.TextOf(i) : [];

    /// <summary>The token index of <see cref="WordRightBefore"/>'s word, or -1.</summary>
    public static int WordIndexRightBefore(this TokenLayer tokens, int offset)
    {
        var text = tokens.Text;
        var end = offset;
        for (var i = tokens.LastEndingBy(offset); i >= 0; i--)
        {
            var token = tokens[i];
            if (text.AsSpan(token.End, end - token.End).IndexOfAnyExcept(' ') >= 0) return -1;
            if (tokens.TextOf(i) is ",") { end = token.Start; continue; }
            if (token.Kind != TokenKind.Word || !char.IsLetter(text[token.End - 1])
                || token.Start > 0 && (char.IsLetter(text[token.Start - 1]) || text[token.Start - 1] is '.' or '-')) return -1;
            return i;
        }
        return -1;
    }
}
