using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers.Organizations;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers;

/// <summary>
/// A press release's contact lines: "Anna Berg, UNICEF Geneva", "Anna Berg, WFP/Maputo, Mob. +258 ...". A line that opens with a
/// name of two or three tokens, a comma and a known organisation, and holds nothing after it but places, numbers and addresses,
/// names a person who works for that organisation (the contact blocks of UN, Red Cross and government releases). The line is
/// read on the token layer from the comma, its ends where a line break stands between two tokens.
/// </summary>
internal static class ContactLines
{
    /// <summary>A contact line is short: a name, an office, a telephone number, an address.</summary>
    private const int LongestLine = 120;
    /// <summary>The longest name before the comma.</summary>
    private const int LongestName = 60;

    /// <param name="sorted">The known names, sorted by start.</param>
    public static IEnumerable<(Span Name, string Organisation)> Find(TokenLayer tokens, IEnumerable<EntityMention> sorted)
    {
        var text = tokens.Text;
        foreach (var organisation in sorted)
        {
            if (organisation.Type != MentionType.Organization) continue;
            // ", " right before the organisation.
            var comma = tokens.LastEndingBy(organisation.Span.Start);
            if (!tokens.IsMark(comma, ',') || tokens[comma].Start < 3 || tokens[comma].End != organisation.Span.Start - 1 || !tokens.SpaceAt(tokens[comma].End)) continue;
            var commaAt = tokens[comma].Start;
            var lineStart = LineStart(tokens, comma, commaAt - LongestName);
            if (lineStart < 0 || commaAt - lineStart > LongestName) continue;
            var lineEnd = LineEnd(tokens, organisation.Span.End, lineStart + LongestLine);
            if (lineEnd < 0 || lineEnd - lineStart > LongestLine) continue;
            if (NameBeforeEnd.NameTokens(tokens, lineStart, commaAt, minTokens: 2, maxTokens: 3) != lineStart) continue;
            if (!OnlyOfficeDetails(tokens, organisation.Span.End, lineEnd)) continue;
            yield return (new Span(lineStart, commaAt), organisation.Canonical);
        }
    }

    /// <summary>Where the line holding token <paramref name="last"/> starts: after the line break nearest before it, or at the
    /// text's start; -1 when a token of the line starts before <paramref name="floor"/>.</summary>
    private static int LineStart(TokenLayer tokens, int last, int floor)
    {
        for (var k = last; k >= 0 && tokens[k].Start >= floor; k--)
        {
            var gapStart = k > 0 ? tokens[k - 1].End : 0;
            var lineBreak = tokens.Text.AsSpan(gapStart, tokens[k].Start - gapStart).LastIndexOf('\n');
            if (lineBreak >= 0) return gapStart + lineBreak + 1;
            if (k == 0) return 0;
        }
        return -1;
    }

    /// <summary>Where the line running on from <paramref name="from"/> ends: at the next line break, or the text's end; -1 when a
    /// token of it ends after <paramref name="ceiling"/>.</summary>
    private static int LineEnd(TokenLayer tokens, int from, int ceiling)
    {
        var text = tokens.Text;
        var at = from;
        for (var k = tokens.FirstStartingFrom(from); ; k++)
        {
            var gapEnd = k < tokens.Count ? tokens[k].Start : text.Length;
            var lineBreak = text.AsSpan(at, gapEnd - at).IndexOf('\n');
            if (lineBreak >= 0) return at + lineBreak;
            if (k == tokens.Count) return text.Length;
            if (tokens[k].End > ceiling) return -1;
            at = tokens[k].End;
        }
    }

    /// <summary>What may follow the organisation on a contact line: places ("Geneva", "/Maputo"), telephone numbers
    /// ("Mob. +258 ..."), e-mail addresses; no lower-case word, which would make it a sentence. The words are what spaces, tabs
    /// and the marks / , ; : ( ) separate.</summary>
    private static bool OnlyOfficeDetails(TokenLayer tokens, int from, int to)
    {
        var text = tokens.Text;
        var word = new DetailWord();
        var at = from;
        for (var k = tokens.FirstStartingFrom(from); k < tokens.Count && tokens[k].End <= to; k++)
        {
            if (!word.ReadSpacing(text.AsSpan(at, tokens[k].Start - at))) return false;
            if (tokens.IsMark(k, '/') || tokens.IsMark(k, ',') || tokens.IsMark(k, ';') || tokens.IsMark(k, ':') || tokens.IsMark(k, '(') || tokens.IsMark(k, ')'))
            {
                if (!word.End()) return false;
            }
            else word.Add(tokens.TextOf(k)[0], tokens.IsMark(k, '@'));
            at = tokens[k].End;
        }
        return word.ReadSpacing(text.AsSpan(at, to - at)) && word.End();
    }

    /// <summary>The word being read: whether it opens with a lower-case letter and whether it holds an "@".</summary>
    private struct DetailWord
    {
        private bool _open, _lower, _at;

        /// <summary>Adds a token, or a whitespace character that separates no words, opening with <paramref name="first"/>.</summary>
        public void Add(char first, bool at)
        {
            if (!_open) (_open, _lower) = (true, char.IsLower(first));
            _at |= at;
        }

        /// <summary>Reads the whitespace between two tokens: a space or tab ends the word, other whitespace belongs to it.</summary>
        public bool ReadSpacing(ReadOnlySpan<char> spacing)
        {
            foreach (var c in spacing)
                if (c is ' ' or '\t') { if (!End()) return false; }
                else Add(c, false);
            return true;
        }

        /// <summary>Ends the word: false when it was a lower-case word that is no address.</summary>
        public bool End()
        {
            var ok = !(_open && _lower && !_at);
            this = default;
            return ok;
        }
    }
}
