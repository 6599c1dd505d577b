using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>A sentence's full stop, read token by token, is the one the walk over the characters found: on texts of short and
/// long words, abbreviations, decimal numbers, runs of periods and whitespace, cut anywhere, inside words too.</summary>
public class SentenceStopTokenTests
{
    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);

    private static readonly string[] Pieces =
        ["U", "S", "Mr", "e", "g", "ministry", "Oslo", "to", "1", "12", "100", "1,500", "3.5", "100.5", ".", ".", ".", " ", " ", " ", "  ", "\n", ",", "-", "’s", "(", ")"];

    private static readonly Gen<string> Text = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 20].Select(string.Concat);

    [Fact]
    public void The_token_reading_finds_the_stop_the_character_walk_found()
    {
        int stops = 0, abbreviations = 0;
        Gen.Select(Text, Gen.Int[0, 60], Gen.Int[0, 80]).Sample((text, start, end) =>
        {
            end = Math.Min(end, text.Length);
            start = Math.Min(start, end);
            var expected = CharacterWalk(text.AsSpan(start, end - start));
            Assert.Equal(expected, SentenceStop.HasStop(Tokenizer.Tokenize(text, []).Tokens, new Span(start, end)));
            if (expected) Interlocked.Increment(ref stops);
            else if (text.AsSpan(start, end - start).Contains('.')) Interlocked.Increment(ref abbreviations);
        }, iter: 100_000);
        Assert.True(stops > 8_000 && abbreviations > 2_000, $"only {stops} stops, {abbreviations} abbreviations");
    }

    [Theory]
    [InlineData("U.S. Secretary", false)]
    [InlineData("the ministry. Then", true)]
    [InlineData("grew 100.5 percent", true)]
    [InlineData("grew 12.5 percent", false)]
    public void A_period_after_a_long_word_ends_a_sentence(string text, bool stop) =>
        Assert.Equal(stop, SentenceStop.HasStop(Tokenizer.Tokenize(text, []).Tokens, new Span(0, text.Length)));

    /// <summary>The reading as it was: each period, and the characters back to whitespace before it.</summary>
    private static bool CharacterWalk(ReadOnlySpan<char> phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (phrase[i] != '.') continue;
            var start = i;
            while (start > 0 && !char.IsWhiteSpace(phrase[start - 1])) start--;
            var word = phrase[start..i];
            if (!(word.Length > 0 && (word.Length <= 2 || word.Contains('.')))) return true;
        }
        return false;
    }
}
