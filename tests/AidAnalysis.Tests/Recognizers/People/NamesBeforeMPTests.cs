using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Recognizers;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>The names before "MP" are what the whole-text pattern they replaced found, on texts made of names, initials,
/// particles, "MP" and its look-alikes, marks and spacing.</summary>
public class NamesBeforeMPTests
{
    private static readonly Regex MemberOfParliament = new($@"(?<name>{NamePatterns.PersonName})\sMP\b", TextPatterns.Options);

    private static readonly string[] Pieces =
        [
            " ", " ", " ", " ", "  ", "\n", "MP", "MP", "MP", "MPs", "MP’s", "MP_", "MP-led", "xMP", "Anna", "Berg", "Lee", "Jin-ho", "O’Brien",
            "Ö", "e\u0301", "A.", "J.", "K", ".", ",", "van", "der", "al-", "de", "x", "-", "1", "the", "McD",
        ];

    private static readonly Gen<string> Texts = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 40].Select(string.Concat);

    [Fact]
    public void The_names_before_MP_are_what_the_pattern_found()
    {
        var tokenizer = new Tokenizer(Lexicon.Default);
        var found = 0;
        Texts.Sample(text =>
        {
            var expected = MemberOfParliament.Matches(text).Select(m => (m.Groups["name"].Index, m.Groups["name"].Length)).ToList();
            var read = NamesBeforeMP.Find(tokenizer.Tokenize(text, []).Tokens).Select(n => (n.Start, n.Length)).ToList();
            if (OverlongNameTokens.In(text)) return;
            Assert.Equal(expected, read);
            Interlocked.Add(ref found, read.Count);
        }, iter: 30_000);
        Assert.True(found > 1000, $"{found} names before MP");
    }

    [Theory]
    [InlineData("Anna Berg MP said", "Anna Berg")]
    [InlineData("Anna Berg MPs said", "")]
    [InlineData("J. Lee MP, Anna Berg MP", "J. Lee|Anna Berg")]
    public void A_member_of_parliament_is_named_before_MP(string text, string names)
    {
        var tokens = new Tokenizer(Lexicon.Default).Tokenize(text, []).Tokens;
        Assert.Equal(names, string.Join('|', NamesBeforeMP.Find(tokens).Select(n => text[n.Start..n.End])));
    }
}
