using System.Text.RegularExpressions;
using AidAnalysis.Context;
using AidAnalysis.Model;
using AidAnalysis.Tests.Recognizers;
using CsCheck;

namespace AidAnalysis.Tests.Context;

/// <summary>The dateline a statement opens with, read on the token layer, is the one the character pattern it replaced
/// read, on texts made of the pieces it cared about (places, dates, credits, dashes, spacing, line breaks).</summary>
public partial class WireDatelineTokenTests
{
    private static readonly string[] Pieces =
    [
        "OSLOVIA", "Kyiv", "PORT", "ST.", "N’DJAMENA", "O'Brien", "Africa’s", "x", "The", " ", " ", " ", "  ", "\n", "\t", ",", ", ",
        "May", "Nov.", "November", "Septembers", "MAY", "26", "5", "123", "2031", "20315", "(", ")", "(Newswire)", "Wire", "-", "--", "—", "–",
        "---", ":", "1", "Aid", "said",
    ];

    private static readonly string[] Commas = ["", ",", ", ", ",\n", ",  ", ", May 26 "];

    [GeneratedRegex(@"^\p{Lu}[\p{L} .'’-]{1,40},\s(?:\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2}(?:,\s\d{4})?\s?)?(?:\([^()\n]{1,40}\)\s?)?(?:--|—|–|-)\s", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline { get; }

    [Fact]
    public void Datelines_are_those_the_character_pattern_read()
    {
        var pieces = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]);
        // Most texts open with a place and a comma, so that the rest of the pattern is reached.
        var gen = Gen.Select(pieces.Array[0, 3].Select(string.Concat), Gen.Int[0, 5].Select(i => Commas[i]),
            pieces.Array[0, 8].Select(string.Concat), Gen.Int[0, 80]);
        gen.Sample((place, comma, rest, cut) =>
        {
            var text = place + comma + rest;
            var span = new Span(0, Math.Min(cut, text.Length));
            var m = Dateline.Match(text[span.Start..span.End]);
            Assert.Equal(m.Success ? span.Start + m.Length : span.Start, WireDateline.End(OneSentenceTokens.Of(text), span));
        }, iter: 100_000);
    }

    [Theory]
    [InlineData("OSLOVIA, May 26 (Newswire) - The fund will open.", "The fund will open.")]
    [InlineData("OSLOVIA, Nov. 20, 2031 -- The fund will open.", "The fund will open.")]
    [InlineData("OSLOVIA: The fund will open.", "OSLOVIA: The fund will open.")]
    [InlineData("OSLOVIA, May 26 Newswire - The fund will open.", "OSLOVIA, May 26 Newswire - The fund will open.")]
    public void A_dateline_is_dropped_from_the_statement_it_opens(string text, string statement) =>
        Assert.Equal(statement, text[WireDateline.End(OneSentenceTokens.Of(text), new Span(0, text.Length))..]);
}
