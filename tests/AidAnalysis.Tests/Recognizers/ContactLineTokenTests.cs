using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>A press release's contact line ("Anna Berg, UNICEF Geneva"), read on the token layer, is the one the character
/// searches it replaced found, on texts made of the pieces they cared about (line breaks, tabs, marks, addresses, the lengths).</summary>
public class ContactLineTokenTests
{
    private static readonly string[] Before = ["Anna", "Berg", "Lee", "Jin-ho", "O’Brien", " ", " ", "\n", "\r\n", "x", "the", "-", ".", "Press contact"];

    private static readonly string[] After =
        [" Geneva", "/Maputo", " Mob.", " +258", " 21", "\n", " said", " x@y.org", "\t", "\u00A0", "\u00A0said", "(", ")", ";", ":", ",", "said", "\r", "Oslo"];

    [Fact]
    public void Contact_lines_are_those_the_character_searches_found()
    {
        var gen = Gen.Select(
            Gen.Int[0, Before.Length - 1].Select(i => Before[i]).Array[0, 16].Select(string.Concat),
            Gen.Int[0, After.Length - 1].Select(i => After[i]).Array[0, 24].Select(string.Concat));
        gen.Sample((before, after) =>
        {
            var text = before + ", UNICEF" + after;
            var organisation = new EntityMention(new Span(before.Length + 2, before.Length + 8), MentionType.Organization, "UNICEF");
            var tokens = OneSentenceTokens.Of(text);
            Assert.Equal(Searched(text, organisation), ContactLines.Find(tokens, [organisation]));
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("Press contacts:\nAnna Berg, UNICEF Geneva, Mob. +41 79 000\n", true)]
    [InlineData("Press contacts:\nAnna Berg, UNICEF/Maputo, anna@example.org\n", true)]
    [InlineData("Anna Berg, UNICEF said the camps were full.", false)]
    public void A_line_of_a_name_an_organisation_and_office_details_names_a_contact(string text, bool contact)
    {
        var start = text.IndexOf("UNICEF", StringComparison.Ordinal);
        var organisation = new EntityMention(new Span(start, start + 6), MentionType.Organization, "UNICEF");
        var tokens = OneSentenceTokens.Of(text);
        Assert.Equal(contact, ContactLines.Find(tokens, [organisation]).Any());
    }

    /// <summary>ContactLines as it searched the characters.</summary>
    private static List<(Span, string)> Searched(string text, EntityMention organisation)
    {
        var comma = organisation.Span.Start - 2;
        if (comma < 3 || text[comma] != ',' || text[comma + 1] != ' ') return [];
        var lineStart = text.LastIndexOf('\n', comma - 1) + 1;
        var lineEnd = text.IndexOf('\n', organisation.Span.End);
        if (lineEnd < 0) lineEnd = text.Length;
        if (lineEnd - lineStart > 120 || comma - lineStart > 60) return [];
        if (NameBeforeEnd.NameTokens(OneSentenceTokens.Of(text), lineStart, comma, minTokens: 2, maxTokens: 3) != lineStart) return [];
        var rest = text.AsSpan(organisation.Span.End, lineEnd - organisation.Span.End);
        foreach (var range in rest.SplitAny(" \t/,;:()"))
            if (rest[range] is { Length: > 0 } word && char.IsLower(word[0]) && !word.Contains('@')) return [];
        return [(new Span(lineStart, comma), organisation.Canonical)];
    }
}
