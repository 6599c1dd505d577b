using System.Text.RegularExpressions;
using AidAnalysis.Recognizers;
using AidAnalysis.Recognizers.Money;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers.Money;

/// <summary>A pattern scanned only around its anchor literals finds what a scan of the whole text finds.</summary>
public class MatchAnchorsTests
{
    private static readonly string[] Pieces = ["5", "12", " ", "  ", "\n", "million", "billion", "of", "aid", "funds", "illion", "x", "-", "ofof"];
    private static readonly Gen<string> Text = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 40].Select(string.Concat);

    [Theory]
    // The literal inside the match, with whitespace before and after it.
    [InlineData(@"(?<n>[0-9]+)\s(?<unit>million|billion)\sof\s(?<what>aid|funds)", new[] { "illion" }, 1, 2)]
    // Word boundaries at both ends, and a literal that opens the match.
    [InlineData(@"\bof\s[0-9]+(?:-[0-9]+)?\said\b", new[] { "of" }, 0, 2)]
    // No whitespace at all: the window is the word around the literal.
    [InlineData(@"[0-9]+-?(?:million|billion)(?:-funds)?", new[] { "illion-", "illion" }, 0, 0)]
    public void Bounds_are_those_of_a_whole_text_scan(string pattern, string[] literals, int before, int after)
    {
        var whole = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        var anchored = new GroupedPattern(pattern, new MatchAnchors(literals, before, after));
        Text.Sample(text =>
        {
            var expected = new List<(int, int)>();
            foreach (var m in whole.EnumerateMatches(text)) expected.Add((m.Index, m.Length));
            Assert.Equal(expected, anchored.Bounds(text));
        });
    }

    [Fact]
    public void Anchors_need_literals()
    {
        Assert.Throws<ArgumentException>(() => new MatchAnchors([], 0, 0));
        Assert.Throws<ArgumentException>(() => new MatchAnchors(["illion"], -1, 0));
    }

    [Fact]
    public void Dense_literals_in_a_long_word_are_scanned_in_linear_time()
    {
        var anchored = new GroupedPattern(@"x(?:illion)+y", new MatchAnchors(["illion"], 0, 0));
        var text = "x" + string.Concat(Enumerable.Repeat("illion", 200_000)) + "y";
        Assert.Equal([(0, text.Length)], anchored.Bounds(text));
    }
}
