using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>The audience after "told", read from the written words of the token layer, has the length the comparison of the
/// characters with each entry found: on texts of audience words in any case, words they open ("pressing"), marks and digits
/// written against them, and runs of whitespace, cut anywhere.</summary>
public class HearerTokenTests
{
    private static readonly Hearers Hearers = new(new ClaimVocabulary(Lexicon.Default));

    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);

    private static readonly string[] Pieces =
        [
            "reporters", "Reporters", "REPORTERS", "MPs", "mps", "the", "The", "press", "pressing", "a", "news", "conference", "media", "x",
            "2", "_", "’s", "’", ",", ".", "-", " ", " ", " ", " ", " ", "  ", "\n", "\t",
        ];

    private static readonly Gen<string> Text = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 12].Select(string.Concat);

    [Fact]
    public void The_audience_read_from_the_words_is_the_one_the_characters_matched()
    {
        var found = 0;
        Gen.Select(Text, Gen.Int[0, 8], Gen.Int[0, 80]).Sample((text, start, end) =>
        {
            end = Math.Min(end, text.Length);
            start = Math.Min(start, end);
            var expected = CharacterMatch(text.AsSpan(start, end - start));
            Assert.Equal(expected, Hearers.HearerLength(Tokenizer.Tokenize(text, []).Tokens, new Span(start, end)));
            if (expected > 0) Interlocked.Increment(ref found);
        }, iter: 100_000);
        Assert.True(found > 3_000, $"only {found} audiences");
    }

    [Theory]
    [InlineData(" reporters the bridge", 10)]
    [InlineData(" a news conference.", 18)]
    [InlineData(" the pressing need", 0)]
    [InlineData(" the  press", 0)]
    public void An_audience_opens_the_words_after_told(string text, int length) =>
        Assert.Equal(length, Hearers.HearerLength(Tokenizer.Tokenize(text, []).Tokens, new Span(0, text.Length)));

    /// <summary>The reading as it was: each entry compared with the characters after the leading whitespace.</summary>
    private static int CharacterMatch(ReadOnlySpan<char> afterTold)
    {
        var trimmed = afterTold.TrimStart();
        var skipped = afterTold.Length - trimmed.Length;
        foreach (var hearer in Lexicon.Default.Hearers)
            if (trimmed.StartsWith(hearer, StringComparison.OrdinalIgnoreCase) && (trimmed.Length == hearer.Length || !char.IsLetter(trimmed[hearer.Length])))
                return skipped + hearer.Length;
        return 0;
    }
}
