using AidAnalysis.Lexicons;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>The words the person rules read right before or after a name or title: a word with the hyphens and full stops
/// written against it, and the company's name before a corporate title.</summary>
public class PeopleWordRunTests
{
    private static TokenLayer Tokens(string text) => new Tokenizer(Lexicon.Default).Tokenize(text, []).Tokens;

    private static string? Text(TokenLayer tokens, Model.Span? span) => span is { } s ? tokens.Text[s.Start..s.End] : null;

    [Theory]
    [InlineData("its cross-country director", "director", "cross-country")]
    [InlineData("the U.S.-led team", "team", "U.S.-led")]
    [InlineData("the U.N. envoy", "envoy", null)]
    [InlineData("said, , Mira Tallis", "Mira", "said")]
    [InlineData("said\nMira Tallis", "Mira", null)]
    [InlineData("in 2024 Mira Tallis", "Mira", null)]
    [InlineData("Mira Tallis", "Mira", null)]
    public void The_word_before_runs_back_over_spaces_and_commas(string text, string after, string? word)
    {
        var tokens = Tokens(text);
        Assert.Equal(word, Text(tokens, tokens.WordRunBefore(text.IndexOf(after, StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("Mira Tallis Secretary-General of", 11, "Secretary-General")]
    [InlineData("Mira Tallis Gen. Tomas", 11, "Gen.")]
    [InlineData("Mira Tallis  Minister", 11, null)]
    [InlineData("Mira Tallis\nMinister", 11, null)]
    [InlineData("Mira Tallis 2024", 11, null)]
    public void The_word_after_one_space_runs_on_over_hyphens_and_full_stops(string text, int offset, string? word)
    {
        var tokens = Tokens(text);
        Assert.Equal(word, Text(tokens, tokens.WordRunAfterSpace(offset)));
    }

    [Theory]
    [InlineData("Norvik CEO", "Norvik")]
    [InlineData("Rolls-Royce CEO", "Rolls-Royce")]
    [InlineData("AT&T CEO", "AT&T")]
    [InlineData("O’Neil CEO", "Neil")]
    [InlineData("Norvik’s CEO", "s")]
    public void A_company_before_a_corporate_title_is_its_letters_digits_hyphens_and_ampersands(string text, string company)
    {
        var tokens = Tokens(text);
        var end = text.IndexOf(" CEO", StringComparison.Ordinal);
        Assert.True(tokens.FollowsOneSpace(end + 1));
        Assert.Equal(company, text[tokens.CompanyWordStart(end)..end]);
    }

    [Theory]
    [InlineData("Norvik  CEO", 8, false)]
    [InlineData("Norvik\tCEO", 7, false)]
    [InlineData(" CEO", 1, false)]
    public void One_space_after_a_token_only(string text, int offset, bool follows) =>
        Assert.Equal(follows, Tokens(text).FollowsOneSpace(offset));
}
