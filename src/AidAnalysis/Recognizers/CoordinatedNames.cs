using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Coordinated lists of names ("UNICEF, Norvale and the Red Cross"): what
/// <c>MEMBER(?:,\sMEMBER){1,8},?\s(?:and|or)\sMEMBER</c> matches, with <c>MEMBER = (?:the\s)?NameToken(?:\sNameToken){0,2}</c>,
/// read from the tokens in one pass: a list opens at a token, a capitalised word or "the", and each member, comma and
/// conjunction is read whole (a name token is followed by whitespace or a comma, which never continue it). A name token reads
/// across the hyphens, apostrophes and marks written inside a name ("Jin-ho", "O’Brien"), as <see cref="TextPatterns.NameTokenEnd"/>.
/// </summary>
internal static class CoordinatedNames
{
    private const int MaxTokensPerMember = 3;
    private const int MaxFollowingMembers = 8;

    /// <summary>The lists in text order, as the pattern's successive matches from token starts.</summary>
    public static IEnumerable<(int Index, int Length)> Find(TokenLayer tokens)
    {
        for (var first = 0; first < tokens.Count;)
        {
            var end = ListEnd(tokens, first, out var next);
            if (end < 0)
            {
                first++;
                continue;
            }
            yield return (tokens[first].Start, end - tokens[first].Start);
            first = next;
        }
    }

    /// <summary>Where the list opening at token <paramref name="first"/> ends, or -1; <paramref name="next"/> is the first token that
    /// starts at or after that end.</summary>
    private static int ListEnd(TokenLayer tokens, int first, out int next)
    {
        var at = MemberEnd(tokens, first, out next);
        if (at < 0) return -1;
        var following = 0;
        for (; following < MaxFollowingMembers && tokens.IsMark(next, ',') && tokens[next].Start == at && Follows(tokens, next + 1, tokens[next].End); following++)
        {
            var end = MemberEnd(tokens, next + 1, out var after);
            if (end < 0) break;
            (at, next) = (end, after);
        }
        if (following == 0) return -1;
        // ",?\s(?:and|or)\s" and the last member.
        if (tokens.IsMark(next, ',') && tokens[next].Start == at) at = tokens[next++].End;
        if (!Follows(tokens, next, at) || !(tokens.IsExactly(next, "and") || tokens.IsExactly(next, "or")) || !Follows(tokens, next + 1, tokens[next].End)) return -1;
        return MemberEnd(tokens, next + 1, out next);
    }

    /// <summary>The end of the member at token <paramref name="start"/> read whole: "the", then one to three name tokens; -1 if none.
    /// <paramref name="next"/> is the first token that starts at or after the end.</summary>
    private static int MemberEnd(TokenLayer tokens, int start, out int next)
    {
        next = start;
        if (tokens.IsExactly(start, "the"))
        {
            if (!Follows(tokens, start + 1, tokens[start].End)) return -1;
            next = start + 1;
        }
        var end = NameTokenEnd(tokens, ref next);
        if (end < 0) return -1;
        for (var names = 1; names < MaxTokensPerMember && Follows(tokens, next, end); names++)
        {
            var after = next;
            if (NameTokenEnd(tokens, ref after) is not (> 0 and var nameEnd)) break;
            (end, next) = (nameEnd, after);
        }
        return end;
    }

    /// <summary>The end of the name token that opens at token <paramref name="index"/>, or -1; <paramref name="index"/> moves to the
    /// first token that starts at or after that end (the name token may end inside a word: "Anna" in "Anna2").</summary>
    private static int NameTokenEnd(TokenLayer tokens, ref int index)
    {
        if (index >= tokens.Count || tokens[index].Kind != TokenKind.Word) return -1;
        var end = TextPatterns.NameTokenEnd(tokens.Text, tokens[index].Start, tokens.Text.Length);
        if (end < 0) return -1;
        while (index < tokens.Count && tokens[index].Start < end) index++;
        return end;
    }

    /// <summary>Whether token <paramref name="index"/> stands one whitespace character after <paramref name="end"/>.</summary>
    private static bool Follows(TokenLayer tokens, int index, int end) =>
        index < tokens.Count && tokens[index].Start == end + 1 && (index == 0 || tokens[index - 1].End <= end);
}
