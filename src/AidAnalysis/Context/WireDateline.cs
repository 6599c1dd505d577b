using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Context;

/// <summary>"KYIV, May 26 (Reuters) - ", "SEOUL, Nov. 20, 2031 (Yonhap) -- ": the wire form of a dateline (<see cref="Dateline.Wire"/>),
/// which opens the body's first paragraph and no statement. Read on the token layer: a place opening with a capital, a comma and one whitespace character, then
/// a date ("May 26", "Nov. 20, 2031"), a credit in brackets, both or neither, and a dash with whitespace after it.</summary>
internal static class WireDateline
{
    /// <summary>How many characters a dateline's place and its credit may hold.</summary>
    private const int PlaceChars = 41, CreditChars = 40;

    /// <summary>Where the dateline opening <paramref name="span"/> ends (past the whitespace after its dash), or
    /// <paramref name="span"/>'s start when it opens with none.</summary>
    public static int End(TokenLayer tokens, Span span)
    {
        var i = tokens.FirstStartingFrom(span.Start);
        if (i >= tokens.Count || tokens[i].Start != span.Start || !IsCapitalized(tokens, i)) return span.Start;
        // The place: words of letters and apostrophes, full stops, hyphens and spaces, up to the first comma.
        for (; i < tokens.Count && !tokens.IsMark(i, ','); i++)
            if (tokens[i].End > span.End || i > 0 && tokens[i].Start > span.Start && !tokens.SpacesOnly(tokens[i - 1].End, tokens[i].Start)
                || !IsPlacePart(tokens, i)) return span.Start;
        if (i >= tokens.Count || tokens[i].Start - span.Start is < 2 or > PlaceChars || !tokens.SpacesOnly(tokens[i - 1].End, tokens[i].Start)) return span.Start;
        var next = i + 1;
        if (next >= tokens.Count || tokens[next].Start != tokens[i].End + 1) return span.Start;
        if (IsMonth(tokens, next))
        {
            // "May 26", "Nov. 20", "May 26, 2031", then at most one whitespace character.
            var day = tokens.IsMark(next + 1, '.') && tokens[next + 1].Start == tokens[next].End ? next + 2 : next + 1;
            if (!IsDigits(tokens, day, 1, 2) || tokens[day].Start != tokens[day - 1].End + 1) return span.Start;
            next = day + 1;
            if (tokens.IsMark(next, ',') && tokens[next].Start == tokens[day].End && IsDigits(tokens, next + 1, 4, 4) && tokens[next + 1].Start == tokens[next].End + 1)
                next += 2;
            if (next >= tokens.Count || tokens[next].Start - tokens[next - 1].End > 1) return span.Start;
        }
        if (tokens.IsMark(next, '('))
        {
            var close = next + 1;
            while (close < tokens.Count && !tokens.IsMark(close, ')') && !tokens.IsMark(close, '(') && !tokens.BreaksLineBefore(close)) close++;
            if (close >= tokens.Count || !tokens.IsMark(close, ')') || tokens.BreaksLineBefore(close)
                || tokens[close].Start - tokens[next].End is < 1 or > CreditChars) return span.Start;
            next = close + 1;
            if (next >= tokens.Count || tokens[next].Start - tokens[close].End > 1) return span.Start;
        }
        // "--", "—", "–" or "-", then one whitespace character inside the span.
        var mark = tokens.IsMark(next, '-') && tokens.IsMark(next + 1, '-') && tokens[next + 1].Start == tokens[next].End ? next + 1
            : tokens.IsDash(next) ? next : -1;
        var end = mark >= 0 ? tokens[mark].End : 0;
        return mark >= 0 && end < span.End && (mark + 1 >= tokens.Count || tokens[mark + 1].Start > end) ? end + 1 : span.Start;
    }

    /// <summary>A word opening with a capital letter.</summary>
    private static bool IsCapitalized(TokenLayer tokens, int i) => tokens[i].Kind == TokenKind.Word && char.IsUpper(tokens.TextOf(i)[0]);

    /// <summary>A word or clitic of letters and apostrophes, or a full stop, apostrophe or hyphen.</summary>
    private static bool IsPlacePart(TokenLayer tokens, int i)
    {
        if (tokens[i].Kind == TokenKind.Punctuation) return tokens.IsMark(i, '.') || tokens.IsMark(i, '\'') || tokens.IsMark(i, '’') || tokens.IsMark(i, '-');
        if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Clitic)) return false;
        foreach (var c in tokens.TextOf(i))
            if (!char.IsLetter(c) && c is not ('\'' or '’')) return false;
        return true;
    }

    /// <summary>"May", "Nov": a capital and two to eight lower-case letters.</summary>
    private static bool IsMonth(TokenLayer tokens, int i)
    {
        if (i >= tokens.Count || tokens[i].Kind != TokenKind.Word || tokens[i].Length is < 3 or > 9 || !IsCapitalized(tokens, i)) return false;
        foreach (var c in tokens.TextOf(i)[1..])
            if (!char.IsLower(c)) return false;
        return true;
    }

    private static bool IsDigits(TokenLayer tokens, int i, int min, int max) =>
        i < tokens.Count && tokens[i].Shape == TokenShape.Digits && tokens[i].Length >= min && tokens[i].Length <= max;
}
