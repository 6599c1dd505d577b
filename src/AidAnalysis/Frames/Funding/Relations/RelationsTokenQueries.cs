using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>Token questions the relation rules ask: the words written right before an amount or a word, read backwards.</summary>
internal static class RelationsTokenQueries
{
    /// <summary>The word written right before <paramref name="offset"/>, only whitespace between, starting at or after
    /// <paramref name="floor"/>; -1 otherwise.</summary>
    public static int WordEndingRightBefore(this TokenLayer tokens, int offset, int floor)
    {
        var j = tokens.LastEndingBy(offset);
        if (j < 0 || tokens[j].End >= offset || j + 1 < tokens.Count && tokens[j + 1].Start < offset) return -1;
        return tokens[j].Start >= floor && tokens[j].Kind == TokenKind.Word ? j : -1;
    }

    /// <summary>The word written right before token <paramref name="next"/>, whitespace between, starting at or after
    /// <paramref name="floor"/>; -1 otherwise.</summary>
    public static int WordRightBeforeToken(this TokenLayer tokens, int next, int floor) =>
        next > 0 && next < tokens.Count && tokens[next].SpaceBefore && tokens[next - 1].Start >= floor && tokens[next - 1].Kind == TokenKind.Word ? next - 1 : -1;

    /// <summary>The word written right after token <paramref name="previous"/>, whitespace between, ending at or before
    /// <paramref name="ceiling"/>; -1 otherwise.</summary>
    public static int WordRightAfter(this TokenLayer tokens, int previous, int ceiling) =>
        previous >= 0 && previous + 1 < tokens.Count && tokens[previous + 1].SpaceBefore && tokens[previous + 1].End <= ceiling
        && tokens[previous + 1].Kind == TokenKind.Word ? previous + 1 : -1;

    /// <summary>The word before the approximation ("about", "up to") that ends with token <paramref name="i"/>, else
    /// <paramref name="i"/>: an approximation may stand between a word and its amount.</summary>
    public static int SkipApproximationBack(this TokenLayer tokens, int i, int floor, RelationVocabulary words) =>
        words.Approximations.StartEndingAt(tokens, i, floor) is var start and >= 0 ? tokens.WordRightBeforeToken(start, floor) : i;

    /// <summary>Whether token <paramref name="i"/> is a word of letters only (false for -1).</summary>
    public static bool IsLetterWord(this TokenLayer tokens, int i)
    {
        if (i < 0 || i >= tokens.Count || tokens[i].Kind != TokenKind.Word) return false;
        foreach (var c in tokens.TextOf(i))
            if (!char.IsLetter(c)) return false;
        return true;
    }
}
