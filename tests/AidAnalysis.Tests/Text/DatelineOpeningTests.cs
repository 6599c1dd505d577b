using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Text;

/// <summary>The sentence segmenter's wire dateline, read on the tokens of a paragraph's opening (DatelineOpening), is the one
/// the character pattern it replaced matched, on openings made of the pieces that pattern cared about; fixtures invented.</summary>
public class DatelineOpeningTests
{
    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);

    private static readonly string[] Pieces =
        ["KYIV", "GENEVA", "New", "York", "Port-au-Prince", "O’Brien", "St.", "Kyiv", ",", ", ", " ", " ", " ", "  ", "\t", "\u00A0",
         "May", "Nov.", "Nov", "Sept", "2", "26", "2025", "12345", "26th", "(", ")", "(Reuters)", "(Agence France-Presse news service)",
         "-", "--", "—", "–", ":", "A", "said", "x", "’s", "'", ".", "F16", "é", "_", "1,5"];

    /// <summary>The pattern the segmenter matched on the characters.</summary>
    private static readonly Regex Dateline = new(
        @"^(?<place>\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})(?:,\s\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})?(?:,\s\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2}(?:,\s\d{4})?)?\s?(?<credit>\([^()\n]{1,40}\)\s?)?(?:--|—|–|-)\s",
        RegexOptions.CultureInvariant);

    private static (int End, bool Credit, bool Capitals)? Matched(string text)
    {
        var m = Dateline.Match(text);
        if (!m.Success) return null;
        var place = m.Groups["place"].ValueSpan;
        return (m.Length, m.Groups["credit"].Success, place.Length >= 3 && !place.ContainsAnyInRange('a', 'z'));
    }

    private static (int End, bool Credit, bool Capitals)? Read(string text) => new DatelineOpening(Tokenizer.Tokenize(text, []).Tokens).Read();

    [Fact]
    public void The_opening_read_on_tokens_is_the_one_the_pattern_matched()
    {
        var gen = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 14].Select(string.Concat);
        gen.Sample(rest =>
        {
            foreach (var opening in new[] { "KYIV" + rest, "Kyiv" + rest, "WASHINGTON " + rest, "GENEVA, " + rest })
                Assert.Equal(Matched(opening), Read(opening));
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("GENEVA, May 2 (Reuters) - Aid arrived.", 26, true, true)]
    [InlineData("KYIV, Ukraine (AP) — The agency said.", 21, true, true)]
    [InlineData("PORT LOUIS - Officials met.", 13, false, true)]
    [InlineData("Tarn Velo - a town - waits.", 12, false, false)]
    public void A_wire_dateline_opens_a_paragraph(string text, int end, bool credit, bool capitals)
    {
        Assert.Equal((end, credit, capitals), Read(text));
        Assert.Equal(Matched(text), Read(text));
    }

    [Fact]
    public void An_opening_without_a_dash_after_its_parts_is_none() => Assert.Null(Read("GENEVA, May 2 Aid arrived."));
}
