using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers;

/// <summary>Questions the readers that stood for patterns ask of the tokens: where a pattern's <c>\b</c> would see a word go on
/// across a token boundary (a combining mark, a joiner, a digit written against a word).</summary>
internal static class RecognizerTokenQueries
{
    /// <summary>Whether the token written right after token <paramref name="i"/> opens with a word character for a pattern's <c>\b</c>.</summary>
    public static bool RunsOnAsWord(this TokenLayer tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End && TextPatterns.IsBoundaryWordChar(tokens.Text[tokens[i + 1].Start]);

    /// <summary>Whether the token written right before token <paramref name="i"/> ends in a word character for a pattern's <c>\b</c>.</summary>
    public static bool GluedToWordCharacter(this TokenLayer tokens, int i) =>
        i > 0 && tokens[i - 1].End == tokens[i].Start && TextPatterns.IsBoundaryWordChar(tokens.Text[tokens[i].Start - 1]);
}
