using System.Text.RegularExpressions;
using AidAnalysis.Recognizers;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>The explicit years read on the token layer are the ones the whole-text pattern they replaced found, on texts made
/// of the pieces the pattern cared about (years and near-years, the fiscal "FY", separators, letters, connectors and
/// combining marks written onto the digits, spacing); the test counts the years, with and without "FY", so a generator that
/// stopped producing them would fail rather than pass.</summary>
public partial class ExplicitYearTokenTests
{
    private static readonly string[] Pieces =
    [
        "2024", "1950", "1949", "2099", "2100", "20245", "124", "FY", "FY", "XFY", "fy", " ", " ", " ", "  ", "\n", "\t", ",", ".", "-", "–", "/",
        "(", ")", "$", "’s", "'", "x", "bn", "_", "\u0301", "\u0903", "\u200D", "\u203F", "٣", "in", "the", "1,", "3.", "mid-", "A",
    ];

    [GeneratedRegex(@"\b(?:FY\s?)?(?:19[5-9][0-9]|20[0-9][0-9])\b", RegexOptions.CultureInvariant)]
    private static partial Regex Explicit { get; }

    [Fact]
    public void Years_are_those_the_character_pattern_found()
    {
        int years = 0, fiscal = 0;
        Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 14].Select(string.Concat).Sample(text =>
        {
            var expected = Explicit.Matches(text).Select(m => (m.Index, m.Index + m.Length, int.Parse(m.Value[^4..]))).ToArray();
            var read = OneSentenceTokens.Of(text).ExplicitYears().Select(y => (y.Span.Start, y.Span.End, y.Year)).ToArray();
            Assert.True(expected.SequenceEqual(read), string.Join(' ', text.Select(c => ((int)c).ToString("x"))));
            Interlocked.Add(ref years, expected.Length);
            Interlocked.Add(ref fiscal, expected.Count(m => text[m.Item1] == 'F'));
        }, iter: 200_000);
        Assert.True(years > 15_000 && fiscal > 600, $"years {years}, with FY {fiscal}");
    }
}
