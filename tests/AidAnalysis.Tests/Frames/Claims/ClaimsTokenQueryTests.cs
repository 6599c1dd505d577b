using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>The token questions the claim rules ask instead of scanning characters, each on an invented sentence.</summary>
public class ClaimsTokenQueryTests
{
    private static readonly ClaimVocabulary Words = new(Lexicon.Default);

    [Fact]
    public void Marks_are_found_by_token_and_a_number_keeps_its_thousands_comma()
    {
        const string text = "Some 300,000 people, the board said, need shelter.";
        var tokens = TestSupport.Process(text).Tokens;
        var whole = new Span(0, text.Length);

        Assert.Equal(text.IndexOf(", the", StringComparison.Ordinal), tokens[tokens.FirstMarkIn(whole, ',')].Start);
        Assert.Equal(text.IndexOf(", need", StringComparison.Ordinal), tokens[tokens.LastMarkIn(whole, ',')].Start);
        Assert.Equal(-1, tokens.FirstMarkIn(new Span(0, 12), ','));
    }

    [Theory]
    [InlineData("The pier is safe, the board said, while the mayor warned of storms.", ", while")]
    [InlineData("The pier is safe, the board said, as the mayor warned.", ", as")]
    [InlineData("The pier is safe, the board said, aside from the old crane.", null)]
    [InlineData("The pier is safe, the board said, While the mayor warned.", null)]
    [InlineData("The pier is safe, the board said while the mayor warned.", null)]
    public void A_joined_clause_opens_at_a_comma_a_space_and_a_lower_case_subordinator(string text, string? expected)
    {
        var tokens = TestSupport.Process(text).Tokens;
        var cue = text.IndexOf("said", StringComparison.Ordinal) + 4;

        var joined = tokens.JoinedClauseAt(new Span(cue, text.Length), Words.JoinedClauseOpeners);

        Assert.Equal(expected is null ? -1 : text.IndexOf(expected, StringComparison.Ordinal), joined);
    }

    [Fact]
    public void A_subordinator_must_be_followed_by_a_space_inside_the_span()
    {
        const string text = "The pier is safe, the board said, while";
        var tokens = TestSupport.Process(text).Tokens;

        Assert.Equal(-1, tokens.JoinedClauseAt(new Span(0, text.Length), Words.JoinedClauseOpeners));
    }
}
