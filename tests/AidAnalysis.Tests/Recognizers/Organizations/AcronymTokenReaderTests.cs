using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Recognizers.Organizations;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers.Organizations;

/// <summary>The acronym readers on the token layer find what the character readers they replaced found, on texts made of the
/// pieces those readers care about (brackets, capitals, connectors, spaces, line breaks, tabs and no-break spaces).</summary>
public class AcronymTokenReaderTests
{
    private static readonly string[] Pieces =
        [
            "Relief", "Trust", "Aid", "Ørsted", "of", "and", "the", "x", "Xy", " ", " ", " ", "\n", "\t", "\u00A0", "(", ")", "(", ")",
            "RT", "ART", "HART", "AT", "OR", "ØR", "AbC", "-", "’s", "n't", ".", ",", "1",
        ];

    private static readonly Gen<string> Texts = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 30].Select(string.Concat);

    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);

    private static TokenLayer Tokens(string text) => Tokenizer.Tokenize(text, [new Sentence(new Span(0, text.Length), 0)]).Tokens;

    private static readonly Regex Acronym = new(@"\(\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}[\p{Lu}]*\)", RegexOptions.CultureInvariant);

    [Fact]
    public void Acronym_definitions_are_the_matches_of_their_pattern()
    {
        Texts.Sample(text =>
        {
            var tokens = Tokens(text);
            Assert.Equal(Acronym.Matches(text).Select(m => m.Index), DefinedAcronyms.Definitions(tokens).Select(open => tokens[open].Start));
        }, iter: 20_000);
    }

    [Fact]
    public void Names_before_their_initials_are_those_the_character_reader_found()
    {
        var connectors = Lexicon.Default.NameConnectors;
        Texts.Sample(text =>
        {
            var tokens = Tokens(text);
            var byEnd = new MentionsByEnd([]);
            Assert.Equal(Expected(text, connectors), NamesBeforeTheirInitials.Find(tokens, DefinedAcronyms.Definitions(tokens), byEnd, connectors).Select(m => m.Span));
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("Money came from the Humanitarian Aid Relief Trust (HART) in May.", "Humanitarian Aid Relief Trust")]
    [InlineData("The Office for Coastal Works (OCW) said so.", "Office for Coastal Works")]
    public void A_name_spelling_the_acronym_after_it_is_an_organisation(string text, string name)
    {
        var tokens = Tokens(text);
        var found = NamesBeforeTheirInitials.Find(tokens, DefinedAcronyms.Definitions(tokens), new MentionsByEnd([]), Lexicon.Default.NameConnectors);
        Assert.Equal([name], found.Select(m => m.Canonical));
    }

    /// <summary>The reader as it was written over the characters.</summary>
    private static List<Span> Expected(string text, IReadOnlyList<string> connectors)
    {
        var found = new List<Span>();
        foreach (var open in Acronym.Matches(text).Select(m => m.Index))
        {
            var nameEnd = open - 1;
            if (nameEnd < 1 || text[nameEnd] != ' ') continue;
            var acronym = text.AsSpan(open + 1, text.IndexOf(')', open) - open - 1);
            if (NameWithInitials(text, nameEnd, acronym, connectors) is { } start) found.Add(new Span(start, nameEnd));
        }
        return found;
    }

    private static int? NameWithInitials(string text, int end, ReadOnlySpan<char> acronym, IReadOnlyList<string> connectors)
    {
        var letter = acronym.Length - 1;
        var at = end;
        while (letter >= 0 && at > 0)
        {
            var wordStart = at;
            while (wordStart > 0 && text[wordStart - 1] != ' ' && text[wordStart - 1] != '\n') wordStart--;
            if (wordStart == at) return null;
            var first = text[wordStart];
            if (char.IsUpper(first))
            {
                if (first != acronym[letter]) return null;
                if (letter-- == 0) return acronym.Length >= 2 ? wordStart : null;
            }
            else if (!connectors.Contains(text[wordStart..at])) return null;
            if (wordStart < 2 || text[wordStart - 1] != ' ') return null;
            at = wordStart - 1;
        }
        return null;
    }
}
