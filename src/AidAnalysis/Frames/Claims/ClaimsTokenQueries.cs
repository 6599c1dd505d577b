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
}
