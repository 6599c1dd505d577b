using AidAnalysis.Recognizers.People;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers;

/// <summary>
/// The leftmost name that ends exactly at a position, as a pattern anchored at the end of a window
/// (<c>(?:\p{Lu}\.\s?){0,i} NameToken (?:\s NameToken){m,n}\z</c>) finds it, read from the tokens: only the last few
/// tokens before the position can belong to the name, and a start is tried only where a capital opens a name token
/// no earlier start has already read, so each token is read about once.
/// </summary>
internal static class NameBeforeEnd
{
    /// <summary>Start of the leftmost <see cref="TextPatterns.PersonName"/> (two initials, one to four name tokens)
    /// occupying [start, <paramref name="end"/>) with start at or after <paramref name="from"/>; -1 if none.</summary>
    public static int PersonName(TokenLayer tokens, int from, int end) => Leftmost(tokens, from, end, maxInitials: 2, minTokens: 1, maxTokens: 4);

    /// <summary><see cref="PersonName(TokenLayer, int, int)"/> with no bound but the name's own: the reader reads back no further
    /// than the whitespace a name of that many tokens holds, and stops at the first character no name holds.</summary>
    public static int PersonName(TokenLayer tokens, int end) => PersonName(tokens, 0, end);

    /// <summary><see cref="NameTokens(TokenLayer, int, int, int, int)"/> with no bound but the name's own, as
    /// <see cref="PersonName(TokenLayer, int)"/>.</summary>
    public static int NameTokens(TokenLayer tokens, int end, int minTokens, int maxTokens) => NameTokens(tokens, 0, end, minTokens, maxTokens);

    /// <summary>Start of the leftmost run of <paramref name="minTokens"/> to <paramref name="maxTokens"/> name tokens, without
    /// initials, occupying [start, <paramref name="end"/>); -1 if none.</summary>
    public static int NameTokens(TokenLayer tokens, int from, int end, int minTokens, int maxTokens) => Leftmost(tokens, from, end, 0, minTokens, maxTokens);

    /// <summary>Where the name starting at <paramref name="start"/> starts without a possessor it opens with ("Mali’s X Y" → "X Y"),
    /// provided two tokens remain before <paramref name="end"/>; otherwise <paramref name="start"/>.</summary>
    public static int AfterPossessor(TokenLayer tokens, int start, int end)
    {
        if (start < 0) return start;
        var space = tokens.FirstSpaceBetween(start, end);
        if (space < 2 || !Possessive.Ends(tokens.Text.AsSpan(start, space - start))) return start;
        return tokens.FirstSpaceBetween(space + 1, end) > 0 ? space + 1 : start;
    }

    private static int Leftmost(TokenLayer tokens, int from, int end, int maxInitials, int minTokens, int maxTokens)
    {
        var text = tokens.Text;
        var floor = Floor(tokens, from, end, maxInitials + maxTokens - 1 + TextPatterns.ParticlesInARow);
        var next = floor;
        for (var k = tokens.IndexAt(floor); k < tokens.Count && tokens[k].Start < end; k++)
        {
            ref readonly var token = ref tokens[k];
            // A token of lower-case letters, digits or marks holds no capital.
            if (token.Shape is TokenShape.Lower or TokenShape.Digits or TokenShape.Number or TokenShape.Punctuation or TokenShape.Symbol) continue;
            var stop = Math.Min(token.End, end);
            for (var start = Math.Max(token.Start, next); start < stop; start++)
            {
                if (!TextPatterns.IsUpperLetter(text[start])) continue;
                var firstEnd = Reaches(text, start, end, maxInitials, minTokens, maxTokens);
                if (firstEnd < 0) return start;
                // A later start inside the first name token read from this one reads on alike, but for a capital right before the
                // full stop that ends the token, which opens an initial ("AnnA. Berg"): go on from there or past the token.
                next = maxInitials > 0 && firstEnd - 1 > start && firstEnd < end && text[firstEnd] == '.' ? firstEnd - 1 : firstEnd;
                start = Math.Max(start, next - 1);
            }
        }
        return -1;
    }

    /// <summary>No start lies before the first character a name cannot hold: a name holds letters, marks, apostrophes, hyphens
    /// and full stops, and one whitespace character after each initial, between tokens and after each of a run of particles
    /// ("van der"), so at most <paramref name="spaces"/> of them, and no run of them without whitespace longer than
    /// <see cref="TextPatterns.MaxNameRunLength"/>. Read token by token back from <paramref name="end"/>.</summary>
    private static int Floor(TokenLayer tokens, int from, int end, int spaces)
    {
        var text = tokens.Text;
        var floor = end;
        var runEnd = end;
        var k = tokens.IndexAt(end - 1);
        if (k >= tokens.Count || tokens[k].Start >= end) k--;
        for (; floor > from; k--)
        {
            // Whitespace only stands between two tokens.
            var gap = floor - (k >= 0 ? Math.Min(tokens[k].End, end) : 0);
            if (gap > spaces) return Math.Max(from, floor - spaces);
            spaces -= gap;
            floor -= gap;
            if (k < 0) break;
            if (gap > 0) runEnd = floor;
            var start = Math.Max(tokens[k].Start, from);
            for (; floor > start; floor--)
            {
                // A start before this point would hold a longer run of name characters than a name can.
                if (runEnd - floor == TextPatterns.MaxNameRunLength) return floor;
                var c = text[floor - 1];
                if (!(TextPatterns.IsLetterOrMark(c) || c is '-' or '’' or '\'' or '.')) return floor;
            }
        }
        return Math.Max(from, floor);
    }

    /// <summary>-1 when the name read from <paramref name="start"/> ends exactly at <paramref name="end"/>; otherwise where the
    /// first token read from it ends (past its initial when it opens one). An initial ("A.") cannot be read as a token, and the
    /// space after it must be taken, so there is one reading to try.</summary>
    private static int Reaches(string text, int start, int end, int maxInitials, int minTokens, int maxTokens)
    {
        var at = start;
        var firstEnd = -1;
        for (var initials = 0; initials < maxInitials && at + 1 < end && TextPatterns.IsUpperLetter(text[at]) && text[at + 1] == '.'; initials++)
        {
            at += 2;
            if (firstEnd < 0) firstEnd = at;
            if (at < end && char.IsWhiteSpace(text[at])) at++;
        }
        for (var tokens = 1; ; tokens++)
        {
            at = TextPatterns.NameTokenEnd(text, at, end);
            if (firstEnd < 0) firstEnd = at < 0 ? start + 1 : at;
            if (at < 0) return firstEnd;
            if (at == end) return tokens >= minTokens ? -1 : firstEnd;
            if (tokens == maxTokens || !char.IsWhiteSpace(text[at])) return firstEnd;
            at = TextPatterns.AfterParticles(text, at + 1, end);
        }
    }
}
