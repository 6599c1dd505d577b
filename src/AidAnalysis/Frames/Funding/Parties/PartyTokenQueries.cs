using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// Token questions the party readers ask that the token layer does not answer yet: which token stands right before a
/// position, one space away (a line break may follow that space), without leaving a window; and words of a list as written.
/// </summary>
internal static class PartyTokenQueries
{
    /// <summary>The token that ends one space before <paramref name="offset"/> (a line break may follow that space at the
    /// very end), starting at or after <paramref name="from"/>; -1 if none.</summary>
    public static int RightBefore(this TokenLayer tokens, int offset, int from)
    {
        if (offset < 2 || offset > tokens.Text.Length) return -1;
        var i = tokens.TokenRightBefore(offset, from, WordSpacing.OneWhitespace);
        return i >= 0 || tokens.Text[offset - 1] != '\n' ? i : tokens.TokenRightBefore(offset - 1, from, WordSpacing.OneWhitespace);
    }

    /// <summary>Whether token <paramref name="index"/> is written exactly as one of <paramref name="words"/>.</summary>
    public static bool IsExactlyAny(this TokenLayer tokens, int index, IReadOnlyList<string> words)
    {
        if ((uint)index >= (uint)tokens.Count) return false;
        // Indexed: a foreach over the interface would allocate an enumerator at every token asked about.
        for (var w = 0; w < words.Count; w++)
            if (tokens.TextOf(index).SequenceEqual(words[w])) return true;
        return false;
    }

    /// <summary>Whether tokens <paramref name="first"/> to <paramref name="last"/>, written without whitespace, spell one of
    /// <paramref name="words"/> exactly.</summary>
    public static bool ChunkIsAny(this TokenLayer tokens, int first, int last, IReadOnlyList<string> words)
    {
        var written = tokens.Text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start);
        for (var w = 0; w < words.Count; w++)
            if (written.SequenceEqual(words[w])) return true;
        return false;
    }
}
