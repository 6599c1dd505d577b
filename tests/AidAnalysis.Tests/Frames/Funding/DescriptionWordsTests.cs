using System.Text.RegularExpressions;
using AidAnalysis.Frames;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Frames.Funding;

/// <summary>A described recipient's end and whether it singles out no one, read from written words, are what the two patterns
/// they replaced gave, on phrases made of the words the patterns named, near misses ("countryside", "x’the", "in needs"), marks,
/// apostrophes, combining marks, digits, underscores and runs of whitespace, cut anywhere (inside a word too).</summary>
public class DescriptionWordsTests
{
    private static readonly DescriptionWords DescriptionWords = new(new AidAnalysis.Frames.Parties.PartyWords(Lexicon.Default));

    private static readonly string[] Pieces =
        [
            "the", "country", "countryside", "nation", "state", "region", "x’the", "’", "'", "s", "in", "need", "needs", "most", "affected",
            "to", "and", "of", "on", "To", "those", "Mali", "2", "_", "(", ")", "-", "e\u0301", "\u0301", " ", " ", " ", " ", " ", "  ",
            "\n", "\t", ",", " in need", " affected", " the country", " most", " to", " of the",
        ];

    private static readonly Gen<string> Text = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 16].Select(string.Concat);

    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);

    [Fact]
    public void The_word_readers_answer_as_the_patterns_did()
    {
        int trimmed = 0, uninformative = 0;
        Gen.Select(Text, Gen.Int[0, 120], Gen.Int[0, 120]).Sample((text, a, b) =>
        {
            var tokens = Tokenizer.Tokenize(text, []).Tokens;
            var (start, end) = (Math.Min(Math.Min(a, b), text.Length), Math.Min(Math.Max(a, b), text.Length));
            var phrase = Patterns.TrailingFunctionWords.Replace(text[start..end].TrimEnd(), "");
            var phraseEnd = DescriptionWords.PhraseEnd(tokens, new Span(start, end));
            Assert.Equal(phrase, text[start..phraseEnd]);
            var expected = Patterns.UninformativeDescription.IsMatch(phrase);
            Assert.Equal(expected, DescriptionWords.IsUninformative(tokens, new Span(start, phraseEnd)));
            if (phrase.Length < text[start..end].TrimEnd().Length) Interlocked.Increment(ref trimmed);
            if (expected) Interlocked.Increment(ref uninformative);
        }, iter: 100_000);
        Assert.True(trimmed > 1_000 && uninformative > 300, $"only {trimmed} trimmed, {uninformative} uninformative");
    }

    [Theory]
    [InlineData("families in need of the", "families in need")]
    [InlineData("families in need  of", "families in need ")]
    [InlineData("families in need Of", "families in need Of")]
    [InlineData("areas hit by floods in", "areas hit by floods")]
    public void A_phrase_does_not_end_on_function_words(string text, string phrase) =>
        Assert.Equal(phrase, text[..DescriptionWords.PhraseEnd(Tokenizer.Tokenize(text, []).Tokens, new Span(0, text.Length))]);

    [Theory]
    [InlineData("those in need", true)]
    [InlineData("the most affected", true)]
    [InlineData("families most in need", true)]
    [InlineData("the hardest hit most affected", false)]
    [InlineData("victims across the country", true)]
    [InlineData("victims across the countryside", false)]
    [InlineData("victims of the nation’s floods", true)]
    [InlineData("farmers in Velmora", false)]
    public void A_description_that_singles_out_no_one_is_uninformative(string text, bool uninformative) =>
        Assert.Equal(uninformative, DescriptionWords.IsUninformative(Tokenizer.Tokenize(text, []).Tokens, new Span(0, text.Length)));

    /// <summary>The patterns as they were before the readers read written words.</summary>
    private static class Patterns
    {
        public static readonly Regex UninformativeDescription =
            new(@"^(?:\S+\s)?(?:most\s)?(?:in\sneed|affected)$|\bthe\s(?:country|nation|state|region)\b", RegexOptions.CultureInvariant);

        public static readonly Regex TrailingFunctionWords =
            new(@"(?:\s(?:to|and|or|in|of|the|with|by|from|since|for|a|an|after|during|as|at|on))+$", RegexOptions.CultureInvariant);
    }
}
