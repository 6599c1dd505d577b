using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>Token questions the relation rules ask: the words (letters and digits, no numbers or clitics) written right before
/// an amount or a word with any whitespace between (<see cref="WordSpacing.AnyWhitespace"/>), read backwards.</summary>
internal static class RelationsTokenQueries
{
    /// <summary>The word written right before <paramref name="offset"/>, starting at or after <paramref name="floor"/>; -1 otherwise.</summary>
    public static int WordEndingRightBefore(this TokenLayer tokens, int offset, int floor) =>
        Word(tokens, tokens.TokenRightBefore(offset, floor, WordSpacing.AnyWhitespace));

    /// <summary>The word written right before token <paramref name="next"/>, starting at or after <paramref name="floor"/>; -1 otherwise.</summary>
    public static int WordRightBeforeToken(this TokenLayer tokens, int next, int floor) =>
        next > 0 && next < tokens.Count ? Word(tokens, tokens.TokenRightBefore(tokens[next].Start, floor, WordSpacing.AnyWhitespace)) : -1;

    /// <summary>The word written right after token <paramref name="previous"/>, ending at or before <paramref name="ceiling"/>; -1 otherwise.</summary>
    public static int WordRightAfterToken(this TokenLayer tokens, int previous, int ceiling) =>
        previous >= 0 && previous < tokens.Count ? Word(tokens, tokens.TokenRightAfter(tokens[previous].End, ceiling, WordSpacing.AnyWhitespace)) : -1;

    private static int Word(TokenLayer tokens, int i) => i >= 0 && tokens[i].Kind == TokenKind.Word ? i : -1;

    /// <summary>The word before the approximation ("about", "up to") that ends with token <paramref name="i"/>, else
    /// <paramref name="i"/>: an approximation may stand between a word and its amount.</summary>
    public static int SkipApproximationBack(this TokenLayer tokens, int i, int floor, RelationVocabulary words) =>
        words.Approximations.StartEndingAt(tokens, i, floor) is var start and >= 0 ? tokens.WordRightBeforeToken(start, floor) : i;
}
