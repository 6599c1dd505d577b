using System.Text.RegularExpressions;
using AidAnalysis.Recognizers;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>A pattern built on demand finds what the plain pattern finds, in texts with and without its literals.</summary>
public class OnDemandPatternTests
{
    private const string Pattern = @"(?<n>[0-9]+)\s(?<unit>million|billion)\sof\s(?<what>aid|funds)";
    private static readonly string[] Pieces = ["5", "12", " ", "million", "billion", "of", "aid", "funds", "illion", ".", "x"];
    private static readonly Gen<string> Text = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 30].Select(string.Concat);

    [Fact]
    public void Bounds_and_groups_are_those_of_the_plain_pattern()
    {
        var plain = new Regex(Pattern, RegexOptions.CultureInvariant);
        var onDemand = new OnDemandPattern(Pattern, "illion");
        Text.Sample(text =>
        {
            var expected = plain.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            Assert.Equal(expected, onDemand.Bounds(text));
            Assert.Equal(plain.Matches(text).Select(m => m.Groups["what"].Value), onDemand.Matches(text).Select(m => m.Groups["what"].Value));
        });
    }

    [Fact]
    public void A_text_without_a_required_literal_has_no_match()
    {
        var onDemand = new OnDemandPattern(Pattern, "illion");
        Assert.Empty(onDemand.Bounds("5 thousand of aid"));
        Assert.Single(onDemand.Bounds("5 million of aid"));
    }

    [Fact]
    public void A_pattern_without_required_literals_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new OnDemandPattern(Pattern));
    }
}
