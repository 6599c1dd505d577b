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

    /// <summary>Whether the text goes on as a word at <paramref name="offset"/>: the token holding that character has a letter or
    /// digit there, or is a hyphen, non-breaking hyphen or word joiner ("Biden-Harris", "Trumpism"). Whitespace belongs to no token.</summary>
    public static bool JoinsWordAt(this TokenLayer tokens, int offset)
    {
        var i = tokens.IndexAt(offset);
        if (i >= tokens.Count || tokens[i].Start > offset) return false;
        var c = tokens.TextOf(i)[offset - tokens[i].Start];
        return char.IsLetterOrDigit(c) || c is '-' or '‑' or '\u2060';
    }

    /// <summary>Where the owner ends whose possessive and one space stand right before <paramref name="offset"/> ("Mali’s X"): the
    /// start of the clitic "’s" or "'s", or of the apostrophe the tokenizer keeps apart from an "s" after a mark ("U.N.’s X");
    /// -1 if none.</summary>
    public static int PossessiveOwnerEnd(this TokenLayer tokens, int offset)
    {
        var s = tokens.TokenRightBefore(offset, 0, WordSpacing.OneSpace);
        if (s < 0) return -1;
        if (tokens.TextOf(s) is "’s" or "'s") return tokens[s].Start;
        return tokens.TextOf(s) is "s" && s > 0 && tokens[s - 1].End == tokens[s].Start && tokens.TextOf(s - 1) is "’" or "'" ? tokens[s - 1].Start : -1;
    }

    /// <summary>Whether token <paramref name="i"/> opens with a capital letter.</summary>
    public static bool OpensWithCapital(this TokenLayer tokens, int i) => char.IsUpper(tokens.TextOf(i)[0]);
}
