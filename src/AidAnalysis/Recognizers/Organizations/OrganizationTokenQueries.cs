using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.Organizations;

/// <summary>Token questions the organisation rules ask: where a capitalised name word ends, what parts words, where a
/// name's first word ends, which tokens are written together.</summary>
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

    /// <summary>Whether the whitespace [<paramref name="from"/>, <paramref name="to"/>) between two tokens holds a space or a line
    /// break: what parts words where a tab or a no-break space does not.</summary>
    public static bool PartsWords(this TokenLayer tokens, int from, int to) => tokens.Text.AsSpan(from, to - from).ContainsAny(' ', '\n');

    /// <summary>Where the first space in [<paramref name="start"/>, <paramref name="end"/>) stands, else <paramref name="end"/>: the end
    /// of a name's first word where only a space parts its words (a tab or a line break does not). Only the whitespace between the
    /// tokens is read, from token <paramref name="token"/>, the first that ends after <paramref name="start"/>.</summary>
    public static int FirstSpace(this TokenLayer tokens, int start, int token, int end)
    {
        for (var from = start; ; token++)
        {
            var to = token < tokens.Count ? Math.Clamp(tokens[token].Start, from, end) : end;
            if (tokens.Text.AsSpan(from, to - from).IndexOf(' ') is >= 0 and var space) return from + space;
            if (to >= end || tokens[token].End >= end) return end;
            from = Math.Max(from, tokens[token].End);
        }
    }

    /// <summary>Whether a space (not another whitespace character) stands at <paramref name="offset"/>.</summary>
    public static bool SpaceAt(this TokenLayer tokens, int offset) => offset < tokens.Text.Length && tokens.SpacesOnly(offset, offset + 1);

    /// <summary>The last token before <paramref name="end"/> written together with token <paramref name="first"/>, no whitespace between:
    /// the end of the word it opens where words are what whitespace parts.</summary>
    public static int WrittenTogetherUntil(this TokenLayer tokens, int first, int end)
    {
        var last = first;
        while (last + 1 < end && Glued(tokens, last + 1)) last++;
        return last;
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
