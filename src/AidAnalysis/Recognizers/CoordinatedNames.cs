using AidAnalysis.Text;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Coordinated lists of names ("UNICEF, Norvale and the Red Cross"): what
/// <c>MEMBER(?:,\sMEMBER){1,8},?\s(?:and|or)\sMEMBER</c> matches, with <c>MEMBER = (?:the\s)?NameToken(?:\sNameToken){0,2}</c>,
/// read by hand in one pass. The pattern has one useful reading at each start: a name token is followed by whitespace
/// or a comma, which never continue it, so every token and member is read whole, and a shorter member or list is
/// followed by whitespace and a capital where the pattern needs a comma or "and"/"or". Building and running the
/// non-backtracking engine on it cost more than the rest of the organisation rules, and on long texts that engine was
/// seen to skip leftmost matches (a list 4.5 KB into a 2 MB text was found only when the text was cut short).
/// </summary>
internal static class CoordinatedNames
{
    private const int MaxTokensPerMember = 3;
    private const int MaxFollowingMembers = 8;

    /// <summary>The lists in text order, as the pattern's successive matches.</summary>
    public static IEnumerable<(int Index, int Length)> Find(string text)
    {
        var at = 0;
        while (at < text.Length)
        {
            // A list opens with a capital or "the": other ASCII characters are skipped by a vectorised search.
            var offset = CapitalSearch.IndexOfCapitalOrNonAscii(text.AsSpan(at), 't');
            if (offset < 0) yield break;
            at += offset;
            var end = ListEnd(text, at, out var firstTokenEnd);
            if (end > at)
            {
                yield return (at, end - at);
                at = end;
            }
            // Inside the first name token of a failed list, every capital starts the same failed list; only "the "
            // closing the token ("Bathe X, ...") starts another one.
            else at = firstTokenEnd > 0 ? Math.Max(at + 1, firstTokenEnd - 3) : at + 1;
        }
    }

    /// <summary>Where the list starting at <paramref name="start"/> ends, or -1; <paramref name="firstTokenEnd"/> is the end of
    /// the name token at <paramref name="start"/> itself, when one starts there (else -1).</summary>
    private static int ListEnd(string text, int start, out int firstTokenEnd)
    {
        var at = MemberEnd(text, start, out firstTokenEnd);
        if (at < 0) return -1;
        var following = 0;
        for (; following < MaxFollowingMembers && IsCommaSpace(text, at) && MemberEnd(text, at + 2, out _) is > 0 and var next; following++) at = next;
        if (following == 0) return -1;
        // ",?\s(?:and|or)\s" and the last member.
        if (at < text.Length && text[at] == ',') at++;
        if (!IsWhiteSpace(text, at)) return -1;
        at++;
        var conjunctionEnd = text.AsSpan(at).StartsWith("and") ? at + 3 : text.AsSpan(at).StartsWith("or") ? at + 2 : -1;
        if (conjunctionEnd < 0 || !IsWhiteSpace(text, conjunctionEnd)) return -1;
        return MemberEnd(text, conjunctionEnd + 1, out _);
    }

    /// <summary>The end of the member at <paramref name="start"/> read whole: "the", then one to three name tokens; -1 if none.
    /// <paramref name="tokenAtStart"/> is the end of the name token at <paramref name="start"/> itself, or -1 (none, or "the").</summary>
    private static int MemberEnd(string text, int start, out int tokenAtStart)
    {
        var article = text.AsSpan(start).StartsWith("the") && IsWhiteSpace(text, start + 3);
        var end = TextPatterns.NameTokenEnd(text, article ? start + 4 : start, text.Length);
        tokenAtStart = article ? -1 : end;
        if (end < 0) return -1;
        for (var tokens = 1; tokens < MaxTokensPerMember && IsWhiteSpace(text, end) && TextPatterns.NameTokenEnd(text, end + 1, text.Length) is > 0 and var next; tokens++)
            end = next;
        return end;
    }

    private static bool IsCommaSpace(string text, int at) => at < text.Length && text[at] == ',' && IsWhiteSpace(text, at + 1);

    private static bool IsWhiteSpace(string text, int at) => at < text.Length && char.IsWhiteSpace(text[at]);
}
