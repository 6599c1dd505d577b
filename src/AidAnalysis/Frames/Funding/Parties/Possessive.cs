using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>Whether a mention is followed by the possessive "’s": it names an owner, which gives or receives only in the
/// readers that say so. The tokenizer splits "’s" off a word as a clitic; after a full stop ("the U.N.'s") the apostrophe
/// and the "s" are tokens of their own.</summary>
internal static class Possessive
{
    /// <summary>Whether "’s" (or "'s") is written right after the mention, perhaps opening a longer word.</summary>
    public static bool Follows(TokenLayer tokens, Model.Span mention)
    {
        var i = tokens.FirstStartingFrom(mention.End);
        if (i >= tokens.Count || tokens[i].Start != mention.End) return false;
        return IsClitic(tokens, i) || IsApostrophe(tokens, i) && tokens.TextOf(i + 1).StartsWith('s');
    }

    /// <summary>The last token of a possessive written exactly "’s" (or "'s") from <paramref name="offset"/>, else -1.</summary>
    public static int At(TokenLayer tokens, int offset)
    {
        var i = tokens.FirstStartingFrom(offset);
        if (i >= tokens.Count || tokens[i].Start != offset) return -1;
        return IsClitic(tokens, i) ? i : IsApostrophe(tokens, i) && tokens.TextOf(i + 1) is "s" ? i + 1 : -1;
    }

    private static bool IsClitic(TokenLayer tokens, int i) => tokens[i].Kind == TokenKind.Clitic && tokens.TextOf(i) is "’s" or "'s";

    /// <summary>An apostrophe with a word written right after it.</summary>
    private static bool IsApostrophe(TokenLayer tokens, int i) =>
        tokens.TextOf(i) is "’" or "'" && i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End && tokens[i + 1].Kind == TokenKind.Word;
}
