using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Recognizers;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Lexicons;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>The names read after a byline's "by" are what the window patterns they replaced found (the list, then each name in
/// it), on texts made of names, initials, particles, commas, "and" and spacing.</summary>
public class NamesAfterByTests
{
    private static TokenLayer Tokens(string text) => new Tokenizer(Lexicon.Default).Tokenize(text, []).Tokens;

    private static readonly Regex PersonName = new(NamePatterns.PersonName, RegexOptions.CultureInvariant);

    private static readonly Regex Names = new(
        $@"^\s(?<names>{NamePatterns.PersonName}(?:(?:,\s|\sand\s){NamePatterns.PersonName}){{0,4}})", RegexOptions.CultureInvariant);

    private static readonly string[] Pieces =
        [
            " ", " ", " ", " ", "  ", "\n", "\t", ",", ", ", ",", "and", " and ", "andy", "Anna", "Berg", "Lee", "Jin-ho", "O’Brien", "Ö",
            "e\u0301", "A.", "J.", "K", ".", "van", "der", "al-", "de", "x", "-", "1", "AP", "EMMA", "Abcdefghijklmnopqrstuvwxyzabcdefghijklmno",
        ];

    private static readonly Gen<string> Texts =
        Gen.Select(Gen.Int[0, 2].Select(i => i == 0 ? "" : " "), Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 40].Select(string.Concat))
            .Select((opening, rest) => "by" + opening + rest);

    private static List<(int, int)> Expected(string text)
    {
        var names = new List<(int, int)>();
        foreach (var list in Names.EnumerateMatches(text.AsSpan(2, Math.Min(text.Length - 2, NamesAfterBy.Window))))
        {
            var start = 2 + list.Index + 1;
            foreach (var found in PersonName.EnumerateMatches(text.AsSpan(start, list.Length - 1))) names.Add((start + found.Index, found.Length));
            break;
        }
        return names;
    }

    [Fact]
    public void The_names_after_by_are_what_their_patterns_found()
    {
        Texts.Sample(text =>
        {
            Span<Span> names = stackalloc Span[NamesAfterBy.MostNames];
            // Where "by" is no token of its own ("byAnna") no whitespace follows it and nothing is read.
            var tokens = Tokens(text);
            var count = tokens[0].End == 2 ? NamesAfterBy.Read(tokens, 0, names) : 0;
            if (OverlongNameTokens.In(text)) return;
            Assert.Equal(Expected(text), names[..count].ToArray().Select(n => (n.Start, n.Length)).ToList());
        }, iter: 50_000);
    }

    [Fact]
    public void A_token_longer_than_any_name_part_after_by_opens_no_name()
    {
        Span<Span> names = stackalloc Span[NamesAfterBy.MostNames];
        Assert.Equal(0, NamesAfterBy.Read(Tokens("by A" + new string('b', TextPatterns.MaxNameTokenLength) + " Berg said"), 0, names));
    }

    [Theory]
    [InlineData("by Anna Berg, J. Lee and Lin van der Wei; edited", "Anna Berg|J. Lee|Lin van der Wei")]
    [InlineData("by the staff", "")]
    public void A_credit_lists_its_names(string text, string names)
    {
        Span<Span> found = stackalloc Span[NamesAfterBy.MostNames];
        var count = NamesAfterBy.Read(Tokens(text), 0, found);
        Assert.Equal(names, string.Join('|', found[..count].ToArray().Select(n => text[n.Start..n.End])));
    }
}
