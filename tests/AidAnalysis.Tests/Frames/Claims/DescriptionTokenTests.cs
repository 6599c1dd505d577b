using System.Text.RegularExpressions;
using AidAnalysis.Frames.Claims;
using AidAnalysis.Model;
using AidAnalysis.Tests.Recognizers;
using CsCheck;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>The description before a cue ("the UN aid chief also"), read on the token layer, is the one the character
/// patterns it replaced read, on texts made of the pieces they cared about (spacing, full stops, hyphens, glued marks).</summary>
public partial class DescriptionTokenTests
{
    private static readonly string[] Pieces =
    [
        "the", "The", "THE", " ", " ", " ", "  ", "\n", "\t", "minister", "Foreign", "Secretary", "U.N.", "aid", "chief", "-", ".",
        "also", "has", "Also", "bathe", "5", "_", "O'Brien", ",", "“", "x\u0301", "agency", "ab", "Ab", "ü", "’s",
    ];

    [GeneratedRegex(@"\b[Tt]he\s(?<title>(?:[\p{L}.-]+\s){0,3}(?<head>[\p{L}-]+))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleAnaphor { get; }

    [GeneratedRegex(@"\b[Tt]he\s(?:[\p{L}-]+\s){0,2}(?<head>\p{Ll}[\p{L}-]{2,})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DescriptionHead { get; }

    [Fact]
    public void Descriptions_are_those_the_character_patterns_read()
    {
        var gen = Gen.Select(Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 14].Select(string.Concat), Gen.Int[0, 40]);
        gen.Sample((text, cut) =>
        {
            var from = Math.Min(cut, text.Length);
            var tokens = OneSentenceTokens.Of(text);
            var phrase = new Span(from, text.Length);
            var description = Trimmed(text[from..]);
            var end = TrailingAdverbs.End(tokens, phrase);
            Assert.Equal(description, text[from..end]);
            var tail = phrase with { End = end };

            var title = TitleAnaphor.Match(description);
            var read = DefiniteDescription.Ending(tokens, tail, 4, dotted: true);
            Assert.Equal(title.Success ? (title.Groups["title"].Value, title.Groups["head"].Value) : default,
                read is { } t ? (text[t.Words.Start..t.Words.End], text[t.Head.Start..t.Head.End]) : default);

            var organisation = DescriptionHead.Match(description);
            var head = DefiniteDescription.Ending(tokens, tail, 3, dotted: false);
            Assert.Equal(organisation.Success ? organisation.Groups["head"].Value : null,
                head is { } h && h.Head.Length >= 3 && char.IsLower(text[h.Head.Start]) ? text[h.Head.Start..h.Head.End] : null);
        }, iter: 50_000);
    }

    [Theory]
    [InlineData("Officials met. The UN aid chief also", "UN aid chief")]
    [InlineData("as the prime minister has", "prime minister")]
    [InlineData("the  minister", null)]
    [InlineData("bathe minister", null)]
    public void A_title_after_the_ends_the_description(string text, string? title)
    {
        var tokens = OneSentenceTokens.Of(text);
        var phrase = new Span(0, text.Length);
        var read = DefiniteDescription.Ending(tokens, phrase with { End = TrailingAdverbs.End(tokens, phrase) }, 4, dotted: true);
        Assert.Equal(title, read is { } t ? text[t.Words.Start..t.Words.End] : null);
    }

    /// <summary>TrailingAdverbs as it read the characters of the phrase.</summary>
    private static string Trimmed(string phrase)
    {
        string[] words = ["also", "later", "earlier", "yesterday", "today", "then", "further", "again", "however", "previously", "has", "have", "had", "will", "would", "is", "was"];
        var end = phrase.Length;
        while (end > 0 && char.IsWhiteSpace(phrase[end - 1])) end--;
        var cut = -1;
        while (end > 0 && !char.IsWhiteSpace(phrase[end - 1]))
        {
            var start = end;
            while (start > 0 && !char.IsWhiteSpace(phrase[start - 1])) start--;
            if (start == 0 || !words.Contains(phrase[start..end])) break;
            cut = start - 1;
            end = start - 1;
        }
        return cut < 0 ? phrase : phrase[..cut];
    }
}
