namespace AidAnalysis.Recognizers.People;

/// <summary>
/// A person's name read by hand where <see cref="TextPatterns.PersonName"/> would read it: up to two initials ("J. K."), the first
/// name token after them that a capital opens (else the capital itself, as the pattern gives back initials it cannot follow), then
/// up to three more name tokens, particles before each. Each token and particle run has one reading, so the pattern's readings
/// differ only in how many initials and tokens they take, tried in the pattern's order.
/// </summary>
internal static class PersonNameAt
{
    /// <summary>Where the name that starts at <paramref name="start"/> ends, before <paramref name="limit"/>, read as far as it
    /// goes; -1 unless a capital stands at <paramref name="start"/>.</summary>
    public static int End(string text, int start, int limit) => FirstEnd(text, start, limit, static (_, _) => true);

    /// <summary>The end of the first reading of the name at <paramref name="start"/>, in the order the pattern tries them (more
    /// initials first, then more tokens), that <paramref name="accepts"/> (given the text and the end) takes; -1 if none.</summary>
    public static int FirstEnd(string text, int start, int limit, Func<string, int, bool> accepts)
    {
        if (start >= limit || !TextPatterns.IsUpperLetter(text[start])) return -1;
        var first = InitialEnd(text, start, limit);
        var second = first >= 0 ? InitialEnd(text, first, limit) : -1;
        Span<int> ends = stackalloc int[3];
        foreach (var token in (ReadOnlySpan<int>)[second, first, start])
        {
            if (token < 0 || token >= limit || !TextPatterns.IsUpperLetter(text[token])) continue;
            var end = TextPatterns.NameTokenEnd(text, token, limit);
            for (var count = NameTokensAfter.Read(text, end, limit, particlesFirst: true, ends); count > 0; count--)
                if (accepts(text, ends[count - 1])) return ends[count - 1];
            if (accepts(text, end)) return end;
        }
        return -1;
    }

    /// <summary>The end of an initial ("J." and one whitespace character, if any) at <paramref name="at"/>; -1 if none.</summary>
    private static int InitialEnd(string text, int at, int limit)
    {
        if (at + 1 >= limit || !TextPatterns.IsUpperLetter(text[at]) || text[at + 1] != '.') return -1;
        return at + 2 < limit && char.IsWhiteSpace(text[at + 2]) ? at + 3 : at + 2;
    }
}
