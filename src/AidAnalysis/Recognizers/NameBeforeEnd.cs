namespace AidAnalysis.Recognizers;

/// <summary>
/// The leftmost name that ends exactly at a position, as a pattern anchored at the end of a window
/// (<c>(?:\p{Lu}\.\s?){0,i} NameToken (?:\s NameToken){m,n}\z</c>) finds it, read by hand: only the last few
/// words before the position can belong to the name, and whether a start reaches the end is decided in one
/// deterministic pass, where the pattern engine tried every position of the window with backtracking.
/// </summary>
internal static class NameBeforeEnd
{
    /// <summary>Start of the leftmost <see cref="TextPatterns.PersonName"/> (two initials, one to four name tokens)
    /// occupying [start, <paramref name="end"/>) with start at or after <paramref name="from"/>; -1 if none.</summary>
    public static int PersonName(string text, int from, int end) => Leftmost(text, from, end, maxInitials: 2, minTokens: 1, maxTokens: 4);

    /// <summary>Start of the leftmost run of <paramref name="minTokens"/> to <paramref name="maxTokens"/> name tokens, without
    /// initials, occupying [start, <paramref name="end"/>); -1 if none.</summary>
    public static int NameTokens(string text, int from, int end, int minTokens, int maxTokens) => Leftmost(text, from, end, 0, minTokens, maxTokens);

    /// <summary>Where the name starting at <paramref name="start"/> starts without a possessor it opens with ("Mali’s X Y" → "X Y"),
    /// provided two tokens remain before <paramref name="end"/>; otherwise <paramref name="start"/>.</summary>
    public static int AfterPossessor(string text, int start, int end)
    {
        if (start < 0) return start;
        var space = text.IndexOf(' ', start, end - start);
        if (space < 2 || !Possessive.Ends(text.AsSpan(start, space - start))) return start;
        return text.IndexOf(' ', space + 1, end - space - 1) > 0 ? space + 1 : start;
    }

    private static int Leftmost(string text, int from, int end, int maxInitials, int minTokens, int maxTokens)
    {
        // A name holds letters, marks, apostrophes, hyphens, full stops, and one whitespace character after each initial
        // and between tokens, and after each of a run of particles ("van der"): no start lies before the first character that
        // cannot, or before one whitespace too many.
        var floor = end;
        var spaces = 0;
        while (floor > from)
        {
            var c = text[floor - 1];
            if (char.IsWhiteSpace(c) ? ++spaces > maxInitials + maxTokens - 1 + TextPatterns.ParticlesInARow : !(TextPatterns.IsLetterOrMark(c) || c is '-' or '’' or '\'' or '.')) break;
            floor--;
        }
        for (var start = floor; start < end; start++)
            if (TextPatterns.IsUpperLetter(text[start]) && Reaches(text, start, end, maxInitials, minTokens, maxTokens)) return start;
        return -1;
    }

    /// <summary>True when the name read from <paramref name="start"/> ends exactly at <paramref name="end"/>. An initial
    /// ("A.") cannot be read as a token, and the space after it must be taken, so there is one reading to try.</summary>
    private static bool Reaches(string text, int start, int end, int maxInitials, int minTokens, int maxTokens)
    {
        var at = start;
        for (var initials = 0; initials < maxInitials && at + 1 < end && TextPatterns.IsUpperLetter(text[at]) && text[at + 1] == '.'; initials++)
        {
            at += 2;
            if (at < end && char.IsWhiteSpace(text[at])) at++;
        }
        for (var tokens = 1; ; tokens++)
        {
            at = TextPatterns.NameTokenEnd(text, at, end);
            if (at < 0) return false;
            if (at == end) return tokens >= minTokens;
            if (tokens == maxTokens || !char.IsWhiteSpace(text[at])) return false;
            at = TextPatterns.AfterParticles(text, at + 1, end);
        }
    }
}
