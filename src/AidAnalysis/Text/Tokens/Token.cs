namespace AidAnalysis.Text.Tokens;

public enum TokenKind : byte
{
    Word,
    /// <summary>Begins with a digit: "2025", "1,500.75", "10bn".</summary>
    Number,
    /// <summary>A contracted ending split from its word: the possessive or "is" in "’s", "n't", "’re", "’ll".</summary>
    Clitic,
    Punctuation,
    /// <summary>Any other character: currency and math signs, marks.</summary>
    Symbol,
}

/// <summary>The spelling pattern of a token, for rules that look at capitals and digits rather than words.</summary>
public enum TokenShape : byte
{
    /// <summary>"aid", "n't"</summary>
    Lower,
    /// <summary>"Norway", "A"</summary>
    Capitalized,
    /// <summary>Two or more letters, all capitals: "UN", "USAID"</summary>
    Upper,
    /// <summary>"iPhone", "McDonald", "O’Brien"</summary>
    Mixed,
    /// <summary>"2025"</summary>
    Digits,
    /// <summary>Digits with thousands or decimal separators: "1,500", "3.2"</summary>
    Number,
    /// <summary>Letters and digits: "10bn", "F16", "2nd"</summary>
    AlphaNumeric,
    Punctuation,
    Symbol,
}

/// <summary>
/// One token as a value (20 bytes, kept in arrays, never one object per token): its characters [Start, End),
/// the sentence it belongs to (-1 outside every sentence), whether whitespace precedes it, and the index of
/// its lemma in <see cref="TokenLayer.Lemmas"/> (-1 when it is no inflected cue word).
/// </summary>
public readonly record struct Token(int Start, int End, int Sentence, int Lemma, TokenKind Kind, TokenShape Shape, bool SpaceBefore)
{
    public int Length => End - Start;

    public bool IsWordLike => Kind is TokenKind.Word or TokenKind.Number or TokenKind.Clitic;
}
