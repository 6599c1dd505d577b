using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>
/// A person's name read from the tokens where <see cref="TextPatterns.PersonName"/> would read it: up to two initials ("J. K.",
/// each a capital and a full stop token), the first name token after them that a capital opens (else the capital itself, as the
/// pattern gives back initials it cannot follow), then up to three more name tokens, particles before each
/// (<see cref="NameTokensAfter"/>). Each token and particle run has one reading, so the pattern's readings differ only in how many
/// initials and tokens they take, tried in the pattern's order. Only a name token's own letters are read as characters.
/// </summary>
internal static class PersonNameAt
{
    /// <summary>Where the name that token <paramref name="index"/> opens ends, before <paramref name="limit"/>, read as far as it
    /// goes, and the first token that starts at or after that end; End is -1 unless a capital opens the token.</summary>
    public static (int End, int Next) End(TokenLayer tokens, int index, int limit) =>
        index < tokens.Count ? FirstEnd(tokens, tokens[index].Start, index, limit, static (_, _) => true) : (-1, -1);

    /// <summary>The end of the first reading of the name at <paramref name="start"/> (token <paramref name="index"/> being the first
    /// that ends after it: the name may open inside a token, "McDonald" read from its "D"), in the order the pattern tries them (more
    /// initials first, then more tokens), that <paramref name="accepts"/> (given the text and the end) takes, with the first token
    /// that starts at or after that end; End is -1 if none.</summary>
    public static (int End, int Next) FirstEnd(TokenLayer tokens, int start, int index, int limit, Func<string, int, bool> accepts)
    {
        var text = tokens.Text;
        if (start >= limit || !TextPatterns.IsUpperLetter(text[start])) return (-1, -1);
        var first = InitialEnd(tokens, (start, index), limit);
        var second = first.At >= 0 ? InitialEnd(tokens, first, limit) : (-1, -1);
        Span<(int End, int Next)> ends = stackalloc (int, int)[3];
        foreach (var (at, atIndex) in (ReadOnlySpan<(int, int)>)[second, first, (start, index)])
        {
            if (at < 0 || at >= limit || !TextPatterns.IsUpperLetter(text[at])) continue;
            var token = NameTokensAfter.NameToken(tokens, at, atIndex, limit);
            // A token longer than any name part opens no name.
            if (token.End < 0) continue;
            for (var count = NameTokensAfter.Read(tokens, token, limit, particlesFirst: true, ends); count > 0; count--)
                if (accepts(text, ends[count - 1].End)) return ends[count - 1];
            if (accepts(text, token.End)) return token;
        }
        return (-1, -1);
    }

    /// <summary>Where the reading goes on after an initial at <paramref name="at"/> ("J." and one whitespace character, if any), with the
    /// first token that ends after that position; (-1, -1) if no initial stands there.</summary>
    private static (int At, int Index) InitialEnd(TokenLayer tokens, (int At, int Index) at, int limit)
    {
        var stop = at.Index + 1;
        if (at.At + 1 >= limit || !TextPatterns.IsUpperLetter(tokens.Text[at.At]) || !tokens.IsMark(stop, '.') || tokens[stop].Start != at.At + 1) return (-1, -1);
        var end = tokens[stop].End;
        // A whitespace character after the full stop is taken with it.
        return end < limit && end < tokens.Text.Length && (stop + 1 >= tokens.Count || tokens[stop + 1].Start > end) ? (end + 1, stop + 1) : (end, stop + 1);
    }
}
