using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.Organizations;

/// <summary>Token questions the organisation rules ask: where a capitalised name word ends.</summary>
internal static class OrganizationTokenQueries
{
    /// <summary>The index after the last token of the name word that token <paramref name="index"/> opens: a word of letters with a
    /// capital first, and the letters joined to it without space by a hyphen or an apostrophe ("Al-Amal", "Society’s"); -1 where
    /// the token opens none.</summary>
    public static int NameWordEnd(this TokenLayer tokens, int index)
    {
        if ((uint)index >= (uint)tokens.Count || !TextPatterns.IsUpperLetter(tokens.Text[tokens[index].Start]) || !IsLetterWord(tokens, index)) return -1;
        var end = index + 1;
        while (end < tokens.Count && Glued(tokens, end))
        {
            if (tokens[end].Kind == TokenKind.Clitic && IsLetterWord(tokens, end, from: 1)) end++;
            else if (IsJoiner(tokens, end) && end + 1 < tokens.Count && Glued(tokens, end + 1) && IsLetterWord(tokens, end + 1)) end += 2;
            else break;
        }
        return end;
    }

    private static bool Glued(TokenLayer tokens, int index) => tokens[index].Start == tokens[index - 1].End;

    private static bool IsJoiner(TokenLayer tokens, int index) =>
        tokens.IsMark(index, '-') || tokens.IsMark(index, '’') || tokens.IsMark(index, '\'');

    /// <summary>Whether the token is a word of letters (and apostrophes between them, "O’Brien"), read from <paramref name="from"/>.</summary>
    private static bool IsLetterWord(TokenLayer tokens, int index, int from = 0)
    {
        if ((uint)index >= (uint)tokens.Count || tokens[index].Kind is not (TokenKind.Word or TokenKind.Clitic)) return false;
        var chars = tokens.TextOf(index)[from..];
        if (chars.IsEmpty || !TextPatterns.IsLetterOrMark(chars[0]) || !TextPatterns.IsLetterOrMark(chars[^1])) return false;
        foreach (var c in chars)
            if (!TextPatterns.IsLetterOrMark(c) && c is not ('’' or '\'')) return false;
        return true;
    }
}
