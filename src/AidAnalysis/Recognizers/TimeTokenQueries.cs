using System.Globalization;
using System.Numerics;
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

    /// <summary>Token <paramref name="i"/> + 1 when it belongs to <paramref name="words"/> and stands one whitespace character
    /// (or as <paramref name="spacing"/> says) after token <paramref name="i"/>; -1 otherwise, and for <paramref name="i"/> -1.</summary>
    public static int Then(this TokenLayer tokens, int i, WordSet words, WordSpacing spacing = WordSpacing.OneWhitespace) =>
        i >= 0 && tokens.SpacedFromPrevious(i + 1, spacing) && tokens.IsAny(i + 1, words) ? i + 1 : -1;

    /// <summary><paramref name="i"/> when token <paramref name="i"/> closes a word (<see cref="ClosesWord"/>), else -1.</summary>
    public static int Closing(this TokenLayer tokens, int i) => i >= 0 && tokens.ClosesWord(i) ? i : -1;

    /// <summary>The words as a word list writes them: a lower-case one in either case at its first letter (a sentence may open
    /// with it), a capitalised one only as written.</summary>
    public static WordSet Forms(IEnumerable<string> words) => new(words.SelectMany(w =>
        char.IsLower(w[0]) ? new[] { w, char.ToUpperInvariant(w[0]) + w[1..] } : [w]), caseSensitive: true);

    /// <summary>The start of the one or two ASCII digits that end number token <paramref name="i"/> on a word boundary: "3",
    /// "15" of "1,15"; -1 for another token or three digits or more.</summary>
    public static int TrailingDigitsStart(this TokenLayer tokens, int i)
    {
        if (tokens[i].Kind != TokenKind.Number) return -1;
        var number = tokens.TextOf(i);
        var digits = 0;
        while (digits < 3 && digits < number.Length && char.IsAsciiDigit(number[^(digits + 1)])) digits++;
        if (digits is 0 or 3) return -1;
        var at = number.Length - digits;
        return (at == 0 ? tokens.OpensWord(i) : !IsRegexWordChar(number, at - 1)) ? tokens[i].Start + at : -1;
    }

    /// <summary>The end of the one or two ASCII digits that open number token <paramref name="i"/> on a word boundary: "3" of
    /// "3", "3.5" or "3,000"; -1 for another token or three digits or more.</summary>
    public static int LeadingDigitsEnd(this TokenLayer tokens, int i)
    {
        if ((uint)i >= (uint)tokens.Count || tokens[i].Kind != TokenKind.Number) return -1;
        var number = tokens.TextOf(i);
        var digits = 0;
        while (digits < 3 && digits < number.Length && char.IsAsciiDigit(number[digits])) digits++;
        if (digits is 0 or 3) return -1;
        return (digits == number.Length ? tokens.ClosesWord(i) : !IsRegexWordChar(number, digits)) ? tokens[i].Start + digits : -1;
    }

    /// <summary>Whether the possessive "’s" (or "'s") is written right at <paramref name="offset"/>: as its own clitic, or as an
    /// apostrophe mark and a word starting with "s" ("3’sx").</summary>
    public static bool PossessiveAt(this TokenLayer tokens, int offset)
    {
        var i = tokens.FirstStartingFrom(offset);
        if (i >= tokens.Count || tokens[i].Start != offset) return false;
        var text = tokens.TextOf(i);
        if (text is "’s" or "'s") return true;
        return text is "’" or "'" && i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End && tokens.TextOf(i + 1).StartsWith('s');
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

/// <summary>A reader of one kind of time phrase for <see cref="TimePhraseScan"/>: the words its phrases open with (in any case),
/// whether one opens with a number, and the reader itself, asked at a token it opens for a phrase starting in it at or after an
/// offset (the end of its last phrase), which gives the phrase's bounds and value, or a start of -1.</summary>
internal sealed record PhraseReader(IEnumerable<string> Openers, bool NumberOpens, Func<TokenLayer, int, int, (int Start, int End, int Value)> At);

/// <summary>
/// The phrases of several readers read in one walk over the tokens: one lookup of a token's word in all the readers' openers
/// tells which readers to ask there (most tokens open no phrase and are passed by the lookup's bit test). Each reader keeps its
/// own resume point and refuses starts before it, so its phrases are in text order, none overlapping the one before, whatever
/// the others read.
/// </summary>
internal sealed class TimePhraseScan
{
    private readonly PhraseReader[] _readers;
    /// <summary>For each opener, a bit for each reader it opens (bit r for reader r); case-blind.</summary>
    private readonly Dictionary<string, int> _byOpener = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordPrefilter _prefilter;
    private readonly int _numberReaders;

    public TimePhraseScan(params PhraseReader[] readers)
    {
        if (readers.Length > 31) throw new ArgumentException("at most 31 readers", nameof(readers));
        _readers = readers;
        for (var r = 0; r < readers.Length; r++)
        {
            if (readers[r].NumberOpens) _numberReaders |= 1 << r;
            foreach (var word in readers[r].Openers) _byOpener[word] = _byOpener.GetValueOrDefault(word) | 1 << r;
        }
        _lookup = _byOpener.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefilter = new WordPrefilter(_byOpener.Keys);
    }

    /// <summary>The phrases of one reader alone, in text order.</summary>
    public static List<TimePhrase> Alone(PhraseReader reader, TokenLayer tokens) => new TimePhraseScan(reader).Read(tokens)[0];

    /// <summary>Each reader's phrases in text order (list r for reader r).</summary>
    public List<TimePhrase>[] Read(TokenLayer tokens)
    {
        var phrases = new List<TimePhrase>[_readers.Length];
        for (var r = 0; r < phrases.Length; r++) phrases[r] = [];
        Span<int> from = stackalloc int[_readers.Length];
        for (var i = 0; i < tokens.Count; i++)
        {
            var ask = tokens[i].Kind == TokenKind.Number ? _numberReaders : 0;
            if (_prefilter.MayMatch(tokens, i) && _lookup.TryGetValue(tokens.TextOf(i), out var opens)) ask |= opens;
            for (; ask != 0; ask &= ask - 1)
            {
                var r = BitOperations.TrailingZeroCount(ask);
                var (start, end, value) = _readers[r].At(tokens, i, from[r]);
                if (start < 0) continue;
                phrases[r].Add(new TimePhrase(start, end - start, value));
                from[r] = end;
            }
        }
        return phrases;
    }
}
