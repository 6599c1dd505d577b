using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>The role an apposition after a name gives ("a senior analyst"), its last word, and the preposition and phrase of its
/// complement ("at", "the Delta Institute") when it has one.</summary>
internal readonly record struct AppositionTail(Span Role, Span Head, string? Preposition, Span? Org);

/// <summary>
/// The role read after the comma that opens an apposition, from the tokens within <see cref="Reach"/> characters. A word is the
/// stretch of tokens written against each other up to the next whitespace character, one whitespace character after each:
/// <list type="bullet">
/// <item>with a complement (", a senior analyst at the Delta Institute"): an article or none, no relative pronoun, up to four
/// words of letters, hyphens, apostrophes and full stops, the fewest first, a head word of lower-case letters and hyphens, a
/// preposition, and the phrase after it up to a comma, full stop, semicolon, colon, bracket or line break (at most
/// <see cref="LongestOrg"/> characters, two at least);</item>
/// <item>without one (", a UN spokesperson,"): an article, up to four such words, the most first, and a head word of lower-case
/// letters and hyphens that a comma, full stop or semicolon closes.</item>
/// </list>
/// </summary>
internal static class AppositionTails
{
    /// <summary>How far after its comma an apposition is read.</summary>
    public const int Reach = 200;

    /// <summary>The most characters a complement's phrase holds.</summary>
    private const int LongestOrg = 120;

    /// <summary>The most words a role holds before its head word.</summary>
    private const int MostRoleWords = 4;

    private static readonly string[] Articles = ["a", "an", "the"], Relatives = ["who", "which", "whose", "that"],
        Prepositions = ["at", "of", "for", "with", "from", "in", "to"];

    private static readonly Func<char, bool> RoleWordChar = static c => char.IsLetter(c) || c is '-' or '’' or '\'' or '.';

    private static readonly Func<char, bool> HeadChar = static c => c is >= 'a' and <= 'z' or '-';

    /// <summary>A role and its complement after the comma token <paramref name="comma"/>; null when none follows.</summary>
    public static AppositionTail? WithComplement(TokenLayer tokens, int comma)
    {
        var limit = Math.Min(tokens.Text.Length, tokens[comma].Start + Reach);
        if (!tokens.SpacedFromPrevious(comma + 1, WordSpacing.OneWhitespace)) return null;
        // With an article, then without it.
        return (WordAfter(tokens, comma + 1, Articles, limit) is >= 0 and var role ? Complemented(tokens, role, limit) : null)
            ?? Complemented(tokens, comma + 1, limit);
    }

    /// <summary>A role that an article opens and a comma, full stop or semicolon closes, after the comma token <paramref name="comma"/>;
    /// null when none follows.</summary>
    public static AppositionTail? Closed(TokenLayer tokens, int comma)
    {
        var limit = Math.Min(tokens.Text.Length, tokens[comma].Start + Reach);
        if (!tokens.SpacedFromPrevious(comma + 1, WordSpacing.OneWhitespace) || WordAfter(tokens, comma + 1, Articles, limit) is not (>= 0 and var first))
            return null;
        return ClosedFrom(tokens, first, limit);
    }

    /// <summary>A role that an owner in the possessive opens ("Norway’s envoy") and a comma, full stop or semicolon closes, after the
    /// comma token <paramref name="comma"/>; null when none follows.</summary>
    public static AppositionTail? OwnedClosed(TokenLayer tokens, int comma)
    {
        var limit = Math.Min(tokens.Text.Length, tokens[comma].Start + Reach);
        return tokens.SpacedFromPrevious(comma + 1, WordSpacing.OneWhitespace) && tokens.PossessorWordsFrom(comma + 1, limit) >= 0
            ? ClosedFrom(tokens, comma + 1, limit) : null;
    }

    /// <summary>The role from token <paramref name="first"/>, as many words as stand there, then fewer, up to a head word that a
    /// comma, full stop or semicolon closes.</summary>
    private static AppositionTail? ClosedFrom(TokenLayer tokens, int first, int limit)
    {
        // The role's words, as many as stand there, then fewer.
        Span<int> starts = stackalloc int[MostRoleWords + 1];
        starts[0] = first;
        var words = 0;
        while (words < MostRoleWords && RoleWord(tokens, starts[words], limit) is >= 0 and var next) starts[++words] = next;
        for (; words >= 0; words--)
        {
            if (Head(tokens, starts[words], limit) is not (>= 0 and var end, var after)) continue;
            if (end < limit && (tokens.IsMark(after, ',') || tokens.IsMark(after, '.') || tokens.IsMark(after, ';')) && tokens[after].Start == end)
                return new AppositionTail(new Span(tokens[first].Start, end), new Span(tokens[starts[words]].Start, end), null, null);
        }
        return null;
    }

    /// <summary>The role from token <paramref name="first"/> and its complement, the fewest words first; null if none reads.</summary>
    private static AppositionTail? Complemented(TokenLayer tokens, int first, int limit)
    {
        if (first >= tokens.Count || tokens[first].Start >= limit || WordAfterSpace(tokens, first, Relatives, limit)) return null;
        var at = first;
        for (var words = 0; at >= 0; words++)
        {
            if (Head(tokens, at, limit) is (>= 0 and var end, var preposition) && IsSpacedWord(tokens, end, preposition, limit)
                && WordAfterSpace(tokens, preposition, Prepositions, limit) && tokens[preposition].End + 1 is var orgStart
                && OrgEnd(tokens, preposition + 1, orgStart, Math.Min(limit, orgStart + LongestOrg)) is var orgEnd && orgEnd - orgStart >= 2)
                return new AppositionTail(new Span(tokens[first].Start, end), new Span(tokens[at].Start, end), tokens.TextOf(preposition).ToString(),
                    new Span(orgStart, orgEnd));
            if (words == MostRoleWords) break;
            at = RoleWord(tokens, at, limit);
        }
        return null;
    }

    /// <summary>The token after the word that token <paramref name="index"/> is when it is one of <paramref name="words"/> and one
    /// whitespace character follows it before <paramref name="limit"/>: the next word, or -1 (also when no token starts right after
    /// that whitespace character).</summary>
    private static int WordAfter(TokenLayer tokens, int index, string[] words, int limit) =>
        WordAfterSpace(tokens, index, words, limit) && IsSpacedWord(tokens, tokens[index].End, index + 1, limit) ? index + 1 : -1;

    /// <summary>Whether token <paramref name="index"/> is one of <paramref name="words"/>, a whitespace character after it before
    /// <paramref name="limit"/>.</summary>
    private static bool WordAfterSpace(TokenLayer tokens, int index, string[] words, int limit)
    {
        if ((uint)index >= (uint)tokens.Count || tokens[index].End >= limit || !tokens.IsGapAt(tokens[index].End, index + 1)) return false;
        foreach (var word in words)
            if (tokens.IsExactly(index, word)) return true;
        return false;
    }

    /// <summary>Whether a whitespace character stands at <paramref name="end"/>, before <paramref name="limit"/>, and token
    /// <paramref name="next"/> starts right after it.</summary>
    private static bool IsSpacedWord(TokenLayer tokens, int end, int next, int limit) =>
        end < limit && tokens.IsGapAt(end, next) && next < tokens.Count && tokens[next].Start == end + 1;

    /// <summary>The token after the role word of letters, hyphens, apostrophes and full stops that token <paramref name="index"/>
    /// opens, and the whitespace character after it; -1 if none.</summary>
    private static int RoleWord(TokenLayer tokens, int index, int limit)
    {
        if (index < 0 || tokens[index].Start >= limit) return -1;
        var (end, next) = tokens.GluedRunEnd(index, limit, RoleWordChar);
        return end > tokens[index].Start && IsSpacedWord(tokens, end, next, limit) ? next : -1;
    }

    /// <summary>Where the head word of lower-case letters and hyphens (two at least, a letter first) that token <paramref name="index"/>
    /// opens ends, and the first token that starts at or after that end; End is -1 if none.</summary>
    private static (int End, int Next) Head(TokenLayer tokens, int index, int limit)
    {
        if (index < 0 || tokens[index].Start >= limit || tokens.Text[tokens[index].Start] is not (>= 'a' and <= 'z')) return (-1, -1);
        var (end, next) = tokens.GluedRunEnd(index, limit, HeadChar);
        return end - tokens[index].Start >= 2 ? (end, next) : (-1, -1);
    }

    /// <summary>Where a complement's phrase from <paramref name="start"/> (token <paramref name="index"/> being the first that starts at
    /// or after it) ends: at the first comma, full stop, semicolon, colon or bracket (inside a number too) or line break, else at
    /// <paramref name="cap"/>.</summary>
    private static int OrgEnd(TokenLayer tokens, int index, int start, int cap)
    {
        var text = tokens.Text;
        for (var (i, gapStart) = (index, start); ; i++)
        {
            var gapEnd = i < tokens.Count ? Math.Min(tokens[i].Start, cap) : cap;
            if (gapStart < gapEnd && text.AsSpan(gapStart, gapEnd - gapStart).IndexOf('\n') is >= 0 and var lineBreak) return gapStart + lineBreak;
            if (i >= tokens.Count || tokens[i].Start >= cap) return cap;
            if (tokens[i].Kind is TokenKind.Punctuation or TokenKind.Number
                && tokens.TextOf(i)[..(Math.Min(tokens[i].End, cap) - tokens[i].Start)].IndexOfAny(",.;:()") is >= 0 and var stop)
                return tokens[i].Start + stop;
            gapStart = tokens[i].End;
            if (gapStart >= cap) return cap;
        }
    }
}
