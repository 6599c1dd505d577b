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
/// One token as a value (16 bytes, kept in arrays, never one object per token): its characters [Start, End),
/// the sentence it belongs to (-1 outside every sentence), whether whitespace precedes it, and the index of
/// its lemma in <see cref="TokenLayer.Lemmas"/> (-1 when it is no inflected cue word).
/// </summary>
/// <remarks>The lemma is kept in 16 bits and the kind, shape and preceding space in one byte, so that four tokens fill a
/// 64-byte cache line: every stage walks the token array, and a text's array is a tenth of what the tokenizer allocates.</remarks>
public readonly record struct Token
{
    private readonly short _lemma;
    // The kind in the low three bits, the shape in the next four, the preceding space in the top bit.
    private readonly byte _kindShapeSpace;

    public Token(int start, int end, int sentence, int lemma, TokenKind kind, TokenShape shape, bool spaceBefore)
    {
        Start = start;
        End = end;
        Sentence = sentence;
        _lemma = checked((short)lemma);
        _kindShapeSpace = (byte)((int)kind | (int)shape << KindBits | (spaceBefore ? SpaceBit : 0));
    }

    private const int KindBits = 3;
    private const int SpaceBit = 0x80;

    /// <summary>The most lemmas a token can refer to.</summary>
    public const int MaxLemmas = short.MaxValue;

    public int Start { get; }
    public int End { get; }
    public int Sentence { get; }
    public int Lemma => _lemma;
    public TokenKind Kind => (TokenKind)(_kindShapeSpace & ((1 << KindBits) - 1));
    public TokenShape Shape => (TokenShape)((_kindShapeSpace & ~SpaceBit) >> KindBits);
    public bool SpaceBefore => (_kindShapeSpace & SpaceBit) != 0;

    public int Length => End - Start;

    public bool IsWordLike => Kind is TokenKind.Word or TokenKind.Number or TokenKind.Clitic;
}
