using System.Globalization;
using System.Text.RegularExpressions;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers;

/// <summary>Shared regular-expression pieces. Every pattern that reads a whole text or sentence runs on
/// the non-backtracking engine, so no input can make matching super-linear; the backtracking engine only
/// reads groups inside a match already found (<see cref="GroupedPattern"/>) or a short window
/// (<see cref="WindowOptions"/>).</summary>
internal static class TextPatterns
{
    public const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>Lower-case particles that stand between the tokens of a person's name ("Omar al-Rashidi", "Ana dos Santos",
    /// "Pieter van der Linden", "Khalid bin Rashid"): Arabic, Portuguese, Spanish, Italian, French, Dutch and German naming
    /// (Wikipedia, "Arabic name" and "Nobiliary particle"). Up to two follow each other, each joined to what follows by a space
    /// or, as in "al-Rashidi", a hyphen.</summary>
    public const string NameParticle = "al|el|bin|bint|ibn|abu|da|das|de|del|della|der|di|dos|du|la|le|van|von|den|ter";

    /// <summary>How many particles may follow each other inside a name ("van der", "de la").</summary>
    public const int ParticlesInARow = 2;

    public static Regex Create(string pattern) => new(pattern, Options);

    /// <summary>
    /// Options of a pattern with capture groups that is only ever matched against a short window (a few
    /// hundred characters) at a fixed start, compiled by the regex source generator: there the
    /// backtracking engine is safe, its work bounded by the window, and much cheaper than the
    /// non-backtracking engine's capture phase, which simulates every state of counted repetitions like
    /// <c>{3,110}</c>. Never use it on unbounded text.
    /// </summary>
    public const RegexOptions WindowOptions = RegexOptions.CultureInvariant;

    /// <summary>What <c>\s</c> matches, for splitting a match's text without another pattern.</summary>
    public static readonly System.Buffers.SearchValues<char> Whitespace = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

    /// <summary>The next whitespace-separated token from <paramref name="at"/> on, before <paramref name="end"/>, as its start
    /// and length (length 0 when none is left); <paramref name="at"/> moves past it. Reads tokens in place, cutting none out.</summary>
    public static (int Start, int Length) NextToken(string text, ref int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at])) at++;
        var start = at;
        while (at < end && !char.IsWhiteSpace(text[at])) at++;
        return (start, at - start);
    }

    /// <summary>The words of the given lists in one ordinal set that also answers for a span of a text, so that no word
    /// need be cut out of the text to be looked up.</summary>
    public static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup(params IEnumerable<string>[] lists) =>
        lists.SelectMany(list => list).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><see cref="SpanLookup"/> with a prefilter: the ordinal set of the lists' words as a <see cref="WordSet"/>, which
    /// rules out most words of a text by their first and last letters and length before hashing them.</summary>
    public static WordSet SpanWordSet(params IEnumerable<string>[] lists) => new(lists.SelectMany(list => list), caseSensitive: true);

    /// <summary>Every whole-word, case-sensitive occurrence of a literal, from <paramref name="from"/> on.</summary>
    public static IEnumerable<int> Occurrences(string text, string literal, int from = 0)
    {
        while (from < text.Length)
        {
            var i = text.IndexOf(literal, from, StringComparison.Ordinal);
            if (i < 0) yield break;
            if (IsWholeWord(text, i, i + literal.Length)) yield return i;
            from = i + 1;
        }
    }

    /// <summary>Alternation of literal phrases, longest first, so the longest form wins at a position.</summary>
    public static string Alternation(IEnumerable<string> phrases) =>
        string.Join("|", phrases.Distinct().OrderByDescending(p => p.Length).Select(Regex.Escape));

    /// <summary>The alternation of words or phrases of a word list, longest first so "bn" is not read as "b"; a lower-case
    /// first letter may also be written capitalised ("Billion"), and a space stands for any whitespace character.</summary>
    public static string WordAlternation(IEnumerable<string> words) =>
        string.Join('|', words.Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length).Select(form =>
        {
            var escaped = Regex.Escape(form[1..]).Replace("\\ ", "\\s", StringComparison.Ordinal);
            return char.IsLower(form[0]) ? $"[{char.ToUpperInvariant(form[0])}{form[0]}]{escaped}" : Regex.Escape(form[..1]) + escaped;
        }));

    /// <summary>What <c>\p{Lu}</c> matches.</summary>
    public static bool IsUpperLetter(char c) => c < 128 ? char.IsAsciiLetterUpper(c) : char.IsUpper(c);

    /// <summary>What <c>[\p{L}\p{M}]</c> matches.</summary>
    public static bool IsLetterOrMark(char c) =>
        c < 128 ? char.IsAsciiLetter(c)
        : char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>A word character for the regular-expression <c>\b</c> (letters, non-spacing marks, decimal digits,
    /// connector punctuation and the zero-width joiners), which differs from the project's own word rule.</summary>
    public static bool IsBoundaryWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) || c == '_'
        : c is '\u200D' or '\u200C'
          || char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
              or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
              or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;

    /// <summary>The end of the capitalised name token ("Jin-ho", "Al-Malki", "Støre", "O’Brien") that starts at <paramref name="start"/> and stops before
    /// <paramref name="limit"/>, or -1. The token's loops are greedy and what may follow a name token (a space or the end)
    /// never continues it, so the longest reading is the only one a pattern can use.</summary>
    public static int NameTokenEnd(string text, int start, int limit)
    {
        if (start >= limit || !IsUpperLetter(text[start])) return -1;
        // Read at most two characters past the longest name token: a reading that gets past it is no name token, and a reading
        // that stops short of it stops where the unbounded one does, so each call reads a bounded number of characters.
        limit = Math.Min(limit, start + MaxNameTokenLength + 2);
        var end = start + 1;
        while (end < limit && IsLetterOrMark(text[end])) end++;
        while (end + 1 < limit && text[end] is '-' or '’' or '\'' && IsLetterOrMark(text[end + 1]))
        {
            end += 2;
            while (end < limit && IsLetterOrMark(text[end])) end++;
        }
        return end - start > MaxNameTokenLength ? -1 : end;
    }

    /// <summary>The longest name token read (<see cref="NameTokenEnd"/>): the longest parts of names written in news run to some
    /// 20 to 30 letters (long hyphenated or compound surnames), so twice the longest of those leaves a wide margin, while a longer
    /// token (a run of hyphenated letters) is no part of a name and is not read whole on every call.</summary>
    public const int MaxNameTokenLength = 64;

    /// <summary>The longest run of characters without whitespace a name holds: two initials ("A.B."), a run of particles each
    /// joined by a hyphen ("al-") and a name token.</summary>
    public static readonly int MaxNameRunLength = 2 * 2 + ParticlesInARow * (NameParticle.Split('|').Max(p => p.Length) + 1) + MaxNameTokenLength;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticles =
        NameParticle.Split('|').ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Where the name token after the particles at <paramref name="start"/> starts ("van der Linden" → "Linden",
    /// "al-Rashidi" → "Rashidi"), before <paramref name="limit"/>; <paramref name="start"/> when no particle stands there.</summary>
    public static int AfterParticles(string text, int start, int limit)
    {
        var at = start;
        for (var particles = 0; particles < ParticlesInARow; particles++)
        {
            var end = at;
            while (end < limit && char.IsAsciiLetterLower(text[end])) end++;
            if (end == at || end + 1 >= limit || !(char.IsWhiteSpace(text[end]) || text[end] == '-') || !NameParticles.Contains(text.AsSpan(at, end - at))) break;
            at = end + 1;
        }
        return at > start && IsUpperLetter(text[at]) ? at : start;
    }

    /// <summary>The project's word-character rule, kept in the token layer.</summary>
    public static bool IsWordChar(char c) => Text.Tokens.WordCharacters.IsWordChar(c);

    /// <summary>True when [start, end) is not glued to letters or digits on either side.</summary>
    public static bool IsWholeWord(string text, int start, int end) => Text.Tokens.WordCharacters.IsWholeWord(text, start, end);
}
