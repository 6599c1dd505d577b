using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// Token questions the party readers ask that the token layer does not answer yet: which word stands right before a
/// position, one space away, without leaving a window; and whether two tokens are written one space apart.
/// </summary>
internal static class PartyTokenQueries
{
    /// <summary>The token that ends one space before <paramref name="offset"/> (a line break may follow that space at the
    /// very end), starting at or after <paramref name="from"/>; -1 if none.</summary>
    public static int RightBefore(this TokenLayer tokens, int offset, int from)
    {
        var text = tokens.Text;
        if (offset < 2 || offset > text.Length || !char.IsWhiteSpace(text[offset - 1])) return -1;
        var i = tokens.LastEndingBy(offset);
        if (i < 0) return -1;
        var gap = offset - tokens[i].End;
        var spaced = gap == 1 || gap == 2 && text[offset - 1] == '\n' && char.IsWhiteSpace(text[offset - 2]);
        return spaced && tokens[i].Start >= from ? i : -1;
    }

    /// <summary>Whether token <paramref name="index"/> − 1 ends one space before token <paramref name="index"/> starts.</summary>
    public static bool SpacedFromPrevious(this TokenLayer tokens, int index) =>
        index > 0 && index < tokens.Count && tokens[index - 1].End == tokens[index].Start - 1 && char.IsWhiteSpace(tokens.Text[tokens[index].Start - 1]);

    /// <summary>Whether token <paramref name="index"/> is written exactly <paramref name="word"/> (case counts: a capitalised
    /// "To" opening a sentence is no marker).</summary>
    public static bool IsExactly(this TokenLayer tokens, int index, string word) =>
        (uint)index < (uint)tokens.Count && tokens.TextOf(index).SequenceEqual(word);

    /// <summary>Whether token <paramref name="index"/> is written exactly as one of <paramref name="words"/>.</summary>
    public static bool IsExactlyAny(this TokenLayer tokens, int index, IReadOnlyList<string> words)
    {
        if ((uint)index >= (uint)tokens.Count) return false;
        foreach (var word in words)
            if (tokens.TextOf(index).SequenceEqual(word)) return true;
        return false;
    }

    /// <summary>The first token of the run written without whitespace that ends with token <paramref name="last"/> ("one-off").</summary>
    public static int ChunkEndingAt(this TokenLayer tokens, int last)
    {
        var first = last;
        while (first > 0 && tokens[first - 1].End == tokens[first].Start) first--;
        return first;
    }

    /// <summary>Whether tokens <paramref name="first"/> to <paramref name="last"/>, written without whitespace, spell one of
    /// <paramref name="words"/> exactly.</summary>
    public static bool ChunkIsAny(this TokenLayer tokens, int first, int last, IReadOnlyList<string> words)
    {
        var written = tokens.Text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start);
        foreach (var word in words)
            if (written.SequenceEqual(word)) return true;
        return false;
    }
}
