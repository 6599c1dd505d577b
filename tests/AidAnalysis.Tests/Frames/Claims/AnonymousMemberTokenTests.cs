using System.Text.RegularExpressions;
using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>The unnamed member phrase ("a ministry spokesman for the fund"), read from the written words of the token layer, is
/// the one the window pattern it replaced matched, on texts made of the pieces that pattern cared about: determiners in either
/// case, modifiers of letters, digits and marks, lower-case heads, prepositions, the marks a complement stops at, runs of
/// whitespace and closing full stops; windows cut anywhere, inside words too.</summary>
public class AnonymousMemberTokenTests
{
    private static readonly AnonymousMembers Members = new(Lexicon.Default);

    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);

    /// <summary>The pattern the reader stands for, as it was written.</summary>
    private static readonly Regex Pattern = new(@"^[\s,]*(?<np>(?:" + TextPatterns.WordAlternation(Lexicon.Default.MemberDeterminers)
        + @")\s(?:[\p{L}\p{N}.’'&-]+\s){0,5}?(?<head>\p{Ll}+)(?:\s(?:for|at|of|from|with)\s[^,;:“”""()]{2,80}?)?)[\s.]*$", TextPatterns.WindowOptions);

    private static readonly string[] Leads = ["", "", ", ", " ", ",", " ,  ", "x ", "said "];

    private static readonly string[] Determiners = ["a", "A", "an", "An", "AN", "two", "Two", "several", "one", "x"];

    private static readonly string[] Words =
        [
            "ministry", "spokesman", "spokesman", "officials", "officials", "UN", "U.N.", "O’Brien", "AT&T", "1,500", "3", "½", "e-mail",
            "don't", "for", "for", "For", "at", "of", "from", "with", "the", "Delta", "fund", "aid", "agency", "officialsx", "ménage", "İ",
            ",", ".", ";", ":", "(", ")", "“", "”", "\"", "—", "spokesman.", "a",
        ];

    private static readonly string[] Separators = [" ", " ", " ", " ", " ", " ", " ", " ", " ", " ", "  ", "\n", ", ", ".", ". ", ".. ", ""];

    private static Gen<string> Pick(string[] pieces) => Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]);

    /// <summary>A lead, a determiner, one whitespace character, then words with a separator after each.</summary>
    private static readonly Gen<string> Text = Gen.Select(Pick(Leads), Pick(Determiners),
            Gen.Select(Pick(Words), Pick(Separators)).Select(p => p.Item1 + p.Item2).Array[0, 12].Select(string.Concat))
        .Select(p => p.Item1 + p.Item2 + " " + p.Item3);

    [Fact]
    public void The_phrase_read_from_the_words_is_the_one_the_pattern_matched()
    {
        int phrases = 0, complements = 0;
        Gen.Select(Text, Gen.Int[0, 6], Gen.Int[0, 200]).Sample((text, start, length) =>
        {
            start = Math.Min(start, text.Length);
            length = Math.Min(length, text.Length - start);
            var tokens = Tokenizer.Tokenize(text, []).Tokens;
            var m = Pattern.Match(text, start, length);
            (Span, Span)? expected = m.Success
                ? (new Span(m.Groups["np"].Index, m.Groups["np"].Index + m.Groups["np"].Length), new Span(m.Groups["head"].Index, m.Groups["head"].Index + m.Groups["head"].Length))
                : null;
            Assert.Equal(expected, Members.Phrase(tokens, new Span(start, start + length)));
            if (expected is { } e)
            {
                Interlocked.Increment(ref phrases);
                if (e.Item1.End > e.Item2.End) Interlocked.Increment(ref complements);
            }
        }, iter: 200_000);
        Assert.True(phrases > 3_000 && complements > 300, $"only {phrases} phrases, {complements} with a complement");
    }

    [Theory]
    [InlineData(", a ministry spokesman for the Delta Fund.", "a ministry spokesman for the Delta Fund", "spokesman")]
    [InlineData("two aid officials", "two aid officials", "officials")]
    [InlineData("A spokesman at UN.", "A spokesman at UN", "spokesman")]
    [InlineData("a spokesman, for the fund", null, null)]
    [InlineData("a  spokesman", null, null)]
    [InlineData("a one two three four five six spokesman", null, null)]
    public void A_member_phrase_is_all_of_its_window(string text, string? phrase, string? head)
    {
        var found = Members.Phrase(Tokenizer.Tokenize(text, []).Tokens, new Span(0, text.Length));
        Assert.Equal(phrase, found is { } f ? text[f.Phrase.Start..f.Phrase.End] : null);
        Assert.Equal(head, found is { } g ? text[g.Head.Start..g.Head.End] : null);
    }
}
