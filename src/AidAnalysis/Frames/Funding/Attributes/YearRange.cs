using System.Buffers;
using System.Text.RegularExpressions;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>"2024 to 2026", "the 2025-26 fiscal year": a span of years dates no single year.</summary>
internal static partial class YearRange
{
    [GeneratedRegex(@"\b(?:19|20)[0-9][0-9]\s?(?:to|-|–|and)\s?(?:19|20)[0-9][0-9]\b|\b(?:19|20)[0-9][0-9][-–/][0-9][0-9]\b", TextPatterns.WindowOptions)]
    private static partial Regex Range { get; }

    private static readonly SearchValues<char> RangeMarks = SearchValues.Create("-–/");

    /// <summary>Whether <paramref name="text"/> holds one; tried only where it can match: a range needs a dash or slash,
    /// or two years.</summary>
    public static bool In(ReadOnlySpan<char> text) =>
        (text.IndexOfAny(RangeMarks) >= 0 || YearLikeNumbers(text) >= 2) && Range.IsMatch(text);

    /// <summary>How many places "19" or "20" followed by two digits starts.</summary>
    private static int YearLikeNumbers(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i + 4 <= text.Length; i++)
            if ((text[i] == '1' && text[i + 1] == '9' || text[i] == '2' && text[i + 1] == '0') && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]))
                count++;
        return count;
    }
}
