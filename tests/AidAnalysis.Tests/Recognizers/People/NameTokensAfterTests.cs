using System.Text.RegularExpressions;
using AidAnalysis.Recognizers;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Lexicons;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>The names read forward after a given name or a verb are what the window patterns they replaced found, on texts made
/// of capitals, particles, hyphens, apostrophes, marks, digits and spacing.</summary>
public class NameTokensAfterTests
{
    private static TokenLayer Tokens(string text) => new Tokenizer(Lexicon.Default).Tokenize(text, []).Tokens;

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly string[] Pieces =
        [
            "Anna", "Berg", "Lee", "Jin-ho", "O’Brien", "McD", "Ö", "Øst", "e\u0301", "A.", "x", "the", "de", "van", "der", "al", "della",
            "dex", " ", " ", " ", "  ", "\n", "\t", "’", "'", "-", ".", ",", "1", "_", "Corp",
        ];

    private static readonly Gen<(string Text, int At)> Texts =
        Gen.Select(Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 24].Select(string.Concat), Gen.Int[0, 60])
            .Select((text, at) => (text, Math.Min(at, text.Length)));

    private static int EndOf(Regex pattern, string text, int at)
    {
        var window = text.AsSpan(at);
        foreach (var m in pattern.EnumerateMatches(window)) return at + m.Index + m.Length;
        return -1;
    }

    [Fact]
    public void The_names_after_a_given_name_or_a_verb_are_what_their_patterns_read()
    {
        const string token = NamePatterns.NameToken, particles = NamePatterns.ParticlesBeforeToken;
        var afterGiven = new Regex($@"^(?:\s{particles}{token}){{1,2}}", Options);
        var afterVerb = new Regex($@"^\s(?<name>{token}(?:\s{particles}{token}){{1,2}})", Options);
        var objectOfVerb = new Regex($@"^\s(?<name>{token}(?:\s{particles}{token}){{1,2}})(?![\p{{L}}\p{{M}}\-’']|\s\p{{Lu}})", Options);
        Texts.Sample((text, at) =>
        {
            var tokens = Tokens(text);
            Assert.Equal(EndOf(afterGiven, text, at), LooseNames.AfterGivenName(tokens, at));
            Assert.Equal(EndOf(afterVerb, text, at), LooseNames.NameAfterVerb(tokens, at));
            Assert.Equal(EndOf(objectOfVerb, text, at), ObjectsOfPersonVerbs.NameAfter(tokens, at));
        }, iter: 50_000);
    }

    [Theory]
    [InlineData("met Anna Berg in", "Anna Berg")]
    [InlineData("met Anna van der Berg Lee.", "Anna van der Berg Lee")]
    [InlineData("met Anna Berg Lee Corp", null)]
    [InlineData("met Anna Berg Lee corp", "Anna Berg Lee")]
    public void The_object_of_a_person_verb_does_not_run_on_into_a_further_capitalised_word(string text, string? name)
    {
        var end = ObjectsOfPersonVerbs.NameAfter(Tokens(text), 3);
        Assert.Equal(name, end < 0 ? null : text[4..end]);
    }
}
