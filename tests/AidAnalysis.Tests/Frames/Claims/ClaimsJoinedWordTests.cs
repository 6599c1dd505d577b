using AidAnalysis.Frames.Claims;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>The word before a position and the boundary that ends a reported statement, read from tokens, on invented sentences.</summary>
public class ClaimsJoinedWordTests
{
    [Theory]
    [InlineData("The harbour board, to visit the pier.", "board")]
    [InlineData("The mayor met Jean-Luc to visit the pier.", "Jean-Luc")]
    [InlineData("The mayor met the U.S. to visit the pier.", null)]
    [InlineData("The mayor hired a boat (a skiff) to visit the pier.", null)]
    [InlineData("The mayor hired a boat\nto visit the pier.", null)]
    public void The_word_before_runs_across_spaces_and_commas_and_ends_in_a_letter(string text, string? expected)
    {
        var tokens = TestSupport.Process(text).Tokens;

        var word = tokens.JoinedWordTextBefore(text.IndexOf("to visit", StringComparison.Ordinal));

        Assert.Equal(expected, word?.Word);
    }

    [Theory]
    [InlineData("Roads are open, while the mayor warned of storms.", ", while")]
    [InlineData("Roads are open; the mayor warned of storms.", "; the")]
    [InlineData("Roads are open, and the mayor warned of storms.", ", and")]
    [InlineData("Roads are open, and one two three four five six seven eight nine warned of storms.", null)]
    [InlineData("Roads are open, according to the mayor.", ", according")]
    [InlineData("Roads are open, And the mayor warned of storms.", null)]
    [InlineData("Roads are open,  while the mayor warned of storms.", null)]
    public void A_statement_ends_before_a_clause_with_its_own_attribution(string text, string? expected)
    {
        var tokens = TestSupport.Process(text).Tokens;
        var cue = text.Contains("according") ? "according to" : "warned";
        var cueSpan = new Span(text.IndexOf(cue, StringComparison.Ordinal), text.IndexOf(cue, StringComparison.Ordinal) + cue.Length);
        Span? CueFrom(int at) => at <= cueSpan.Start ? cueSpan : null;

        var end = ClauseBoundary.EndOfStatement(tokens, new Span(0, text.Length), CueFrom);

        Assert.Equal(expected is null ? text.Length : text.IndexOf(expected, StringComparison.Ordinal), end);
    }
}
