using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"2024 to 2026", "the 2025-26 fiscal year": a span of years dates no single year. Read on the tokens: a year, a
/// link (year-range-link of funding-attribute-words.tsv) with at most one whitespace character either side and a year; or a
/// year, a short link (year-range-short-link) and two digits, written together.</summary>
internal sealed class YearRange(AttributeWords words)
{
    /// <summary>Whether a range of years stands inside <paramref name="window"/>.</summary>
    public bool In(TokenLayer tokens, Span window)
    {
        var (first, end) = tokens.WhollyWithin(window);
        for (var i = first; i + 2 < end; i++)
        {
            if (!IsYear(tokens, i)) continue;
            int link = i + 1, second = i + 2;
            if (words.YearRangeLinks.IsWord(tokens, link) && tokens[link].Start - tokens[i].End <= 1 && tokens[second].Start - tokens[link].End <= 1
                && IsYear(tokens, second))
                return true;
            if (words.YearRangeShortLinks.IsWord(tokens, link) && tokens[link].Start == tokens[i].End && tokens[second].Start == tokens[link].End
                && tokens[second].Kind == TokenKind.Number && tokens.TextOf(second) is [var tens, var units] && char.IsAsciiDigit(tens) && char.IsAsciiDigit(units))
                return true;
        }
        return false;
    }

    /// <summary>Four digits that start with 19 or 20.</summary>
    public static bool IsYear(TokenLayer tokens, int i)
    {
        if ((uint)i >= (uint)tokens.Count || tokens[i].Kind != TokenKind.Number) return false;
        var year = tokens.TextOf(i);
        return year.Length == 4 && (year.StartsWith("19") || year.StartsWith("20")) && char.IsAsciiDigit(year[2]) && char.IsAsciiDigit(year[3]);
    }
}
