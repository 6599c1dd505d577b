namespace AidAnalysis.Text.Tokens;

/// <summary>
/// The project's one rule for what a word is made of: letters, digits and, in ASCII, the underscore. Words,
/// word starts and whole-word lexicon matches all follow it, so "US-backed" holds the words "US" and "backed"
/// and an apostrophe or hyphen always separates words (the tokenizer rejoins what belongs together).
/// </summary>
public static class WordCharacters
{
    public static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) || c == '_' : char.IsLetterOrDigit(c);

    /// <summary>True when [start, end) is not glued to word characters on either side.</summary>
    public static bool IsWholeWord(string text, int start, int end) =>
        (start == 0 || !IsWordChar(text[start - 1]) || !IsWordChar(text[start]))
        && (end >= text.Length || !IsWordChar(text[end]) || !IsWordChar(text[end - 1]));

    /// <summary>The straight and the typographic apostrophe.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’';
}
