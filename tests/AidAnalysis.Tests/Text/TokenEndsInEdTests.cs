using AidAnalysis.Lexicons;
using AidAnalysis.Text.Tokens;
using CsCheck;

namespace AidAnalysis.Tests.Text;

/// <summary>
/// <see cref="TokenLayer.EndsInEd"/> replaced five hand-written "-ed" tests (bylines, month tense, finite verbs, passive
/// receivers, earlier-month gifts), each with its own length bound; the bound is now the caller's argument.
/// </summary>
public class TokenEndsInEdTests
{
    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);

    private static TokenLayer Tokens(string text) => Tokenizer.Tokenize(text, []).Tokens;

    private static int Find(TokenLayer tokens, string word)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (tokens.TextOf(i).SequenceEqual(word)) return i;
        throw new ArgumentException(word);
    }

    [Fact]
    public void The_bound_decides_which_short_words_count()
    {
        var tokens = Tokens("Varnel fed the herd, then shed a coat and granted Tolby leave.");
        Assert.True(tokens.EndsInEd(Find(tokens, "fed"), minLength: 3));
        Assert.False(tokens.EndsInEd(Find(tokens, "fed"), minLength: 5));
        Assert.False(tokens.EndsInEd(Find(tokens, "shed"), minLength: 5));
        Assert.True(tokens.EndsInEd(Find(tokens, "granted"), minLength: 5));
        Assert.False(tokens.EndsInEd(Find(tokens, "herd"), minLength: 2));
    }

    [Fact]
    public void Capitals_count_only_when_asked_and_out_of_range_is_false()
    {
        var tokens = Tokens("QUORBAN ASSOCIATED Wire");
        var capitals = Find(tokens, "ASSOCIATED");
        Assert.False(tokens.EndsInEd(capitals, minLength: 2));
        Assert.True(tokens.EndsInEd(capitals, minLength: 2, anyCase: true));
        Assert.False(tokens.EndsInEd(-1, minLength: 2));
        Assert.False(tokens.EndsInEd(tokens.Count, minLength: 2));
    }

    private const string Characters = "edEDab ,.’1";

    private static readonly Gen<string> Text =
        Gen.Int[0, Characters.Length - 1].Select(i => Characters[i]).Array[0, 20].Select(cs => new string(cs));

    [Fact]
    public void It_answers_as_the_tests_it_replaced_for_every_token_and_bound()
    {
        Gen.Select(Text, Gen.Int[0, 7], Gen.Bool).Sample((text, bound, anyCase) =>
        {
            var tokens = Tokens(text);
            var comparison = anyCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            for (var i = 0; i < tokens.Count; i++)
                if (tokens.EndsInEd(i, bound, anyCase) != (tokens[i].Length >= bound && tokens.TextOf(i).EndsWith("ed", comparison)))
                    return false;
            return true;
        });
    }
}
