using System.Globalization;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers;

/// <summary>Token queries of the time expressions (years, days, months).</summary>
internal static class TimeTokenQueries
{
    /// <summary>"2025", "FY2024", "FY 2024", "2023-24", "1,2024": each year from 1950 to 2099 written as four digits that no
    /// letter, digit, connector or combining mark touches, with a fiscal-year "FY" before it, touching it or one whitespace
    /// character apart, when no such mark touches the "FY" either; as (span, year), in text order.</summary>
    public static List<(Span Span, int Year)> ExplicitYears(this TokenLayer tokens)
    {
        var years = new List<(Span, int)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Word)
            {
                // "FY" is two capitals: most words hold none or one.
                if (token.Shape is TokenShape.Lower or TokenShape.Capitalized) continue;
                // "FY2024", "O'FY2024'x": the prefix and the year in one word, opening it or after an apostrophe inside it.
                var word = tokens.TextOf(i);
                for (var p = word.IndexOf("FY", StringComparison.Ordinal); p >= 0 && p + 6 <= word.Length; p = Next(word, p))
                    if ((p == 0 ? tokens.OpensWord(i) : !IsRegexWordChar(word, p - 1)) && YearAt(word, p + 2) is { } fiscal
                        && (p + 6 < word.Length ? !IsRegexWordChar(word, p + 6) : tokens.ClosesWord(i)))
                        years.Add((new Span(token.Start + p, token.Start + p + 6), fiscal));
                continue;
            }
            if (token.Kind != TokenKind.Number) continue;
            // The digits of a number token, where a separator or the token's edge parts them from other word characters.
            var text = tokens.TextOf(i);
            for (var k = 0; k + 4 <= text.Length; k++)
            {
                if (text[k] is not ('1' or '2') || YearAt(text, k) is not { } year || k > 0 && IsRegexWordChar(text, k - 1)) continue;
                var closes = k + 4 < text.Length ? !IsRegexWordChar(text, k + 4) : tokens.ClosesWord(i);
                if (!closes || k == 0 && !tokens.OpensWord(i)) continue;
                var start = k == 0 && FiscalBefore(tokens, i) is { } fy ? fy : token.Start + k;
                years.Add((new Span(start, token.Start + k + 4), year));
                k += 3;
            }
        }
        return years;
    }

    private static int Next(ReadOnlySpan<char> word, int p) => word[(p + 1)..].IndexOf("FY", StringComparison.Ordinal) is var next and >= 0 ? p + 1 + next : -1;

    /// <summary>The start of an "FY" written one whitespace character before number token <paramref name="i"/>, opening a word
    /// or after an apostrophe inside one ("O'FY 2024").</summary>
    private static int? FiscalBefore(TokenLayer tokens, int i)
    {
        if (i == 0 || tokens[i].Start != tokens[i - 1].End + 1 || tokens[i - 1].Kind != TokenKind.Word) return null;
        var word = tokens.TextOf(i - 1);
        if (!word.EndsWith("FY", StringComparison.Ordinal)) return null;
        return (word.Length == 2 ? tokens.OpensWord(i - 1) : !IsRegexWordChar(word, word.Length - 3)) ? tokens[i - 1].End - 2 : null;
    }

    /// <summary>The year 1950–2099 written by the four ASCII digits at <paramref name="k"/>.</summary>
    private static int? YearAt(ReadOnlySpan<char> text, int k)
    {
        if (k + 4 > text.Length) return null;
        var year = 0;
        foreach (var c in text.Slice(k, 4))
        {
            if (!char.IsAsciiDigit(c)) return null;
            year = year * 10 + (c - '0');
        }
        return year is >= 1950 and <= 2099 ? year : null;
    }

    /// <summary>Whether no letter, digit, connector or combining mark is written onto token <paramref name="i"/> before it
    /// (where a pattern's word boundary stands).</summary>
    public static bool OpensWord(this TokenLayer tokens, int i) =>
        i == 0 || tokens[i - 1].End != tokens[i].Start || !IsRegexWordChar(tokens.Text, tokens[i - 1].End - 1);

    /// <summary>Whether no letter, digit, connector or combining mark is written onto token <paramref name="i"/> after it.</summary>
    public static bool ClosesWord(this TokenLayer tokens, int i) =>
        i + 1 >= tokens.Count || tokens[i + 1].Start != tokens[i].End || !IsRegexWordChar(tokens.Text, tokens[i + 1].Start);

    /// <summary>A word character as a pattern's word boundary reads one: a letter, decimal digit, connector or non-spacing mark,
    /// or a zero-width joiner or non-joiner.</summary>
    private static bool IsRegexWordChar(ReadOnlySpan<char> text, int at) =>
        text[at] is '\u200C' or '\u200D' || CharUnicodeInfo.GetUnicodeCategory(text[at]) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.NonSpacingMark;
}
