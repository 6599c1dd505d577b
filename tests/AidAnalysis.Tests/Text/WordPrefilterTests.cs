using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Text;

/// <summary>The prefilter may let a word through that no key equals, never the other way round.</summary>
public class WordPrefilterTests
{
    [Fact]
    public void Keys_pass_in_any_case_and_words_of_other_first_letters_or_lengths_do_not()
    {
        var filter = new WordPrefilter(["said", "Warned"]);
        Assert.True(filter.MayMatch("SAID"));
        Assert.True(filter.MayMatch("warned"));
        Assert.False(filter.MayMatch("sad"));
        Assert.False(filter.MayMatch("aid"));
        Assert.False(filter.MayMatch(""));
    }

    [Fact]
    public void Characters_that_fold_onto_ascii_are_never_filtered_out()
    {
        // Ordinal case folding makes the long s equal to "s".
        Assert.True(new WordPrefilter(["said"]).MayMatch("ſaid"));
        Assert.True(new WordPrefilter(["ſaid"]).MayMatch("said"));
    }

    [Fact]
    public void Every_word_a_key_equals_ignoring_case_passes()
    {
        var words = Gen.String[Gen.Char['A', 'z'], 1, 70];
        Gen.Select(words.Array[1, 8], Gen.Int[0, 7], Gen.Bool).Sample((keys, pick, upper) =>
        {
            var key = keys[pick % keys.Length];
            var word = upper ? key.ToUpperInvariant() : key.ToLowerInvariant();
            return new WordPrefilter(keys).MayMatch(word);
        });
    }
}
