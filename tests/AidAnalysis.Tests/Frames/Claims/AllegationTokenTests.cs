using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>The noun of saying and its "by" phrase, read on the token layer, each on an invented sentence.</summary>
public class AllegationTokenTests
{
    private static readonly AllegationRule Rule = new(new ClaimVocabulary(Lexicon.Default));

    [Theory]
    [InlineData("Nordic allegations that the pier is unsafe.", "allegations", null, "the pier is unsafe.")]
    [InlineData("The board’s claims that the pier is unsafe.", "claims", null, "the pier is unsafe.")]
    [InlineData("Asked about claims by the harbour master, Ola Dahl, that the pier is unsafe.", "claims", "the harbour master, Ola Dahl", "the pier is unsafe.")]
    [InlineData("Asked about claims by a trader that the pier is unsafe.", "claims", "a trader", "the pier is unsafe.")]
    [InlineData("Asked about claims by X that and by the board that the pier is unsafe.", "claims", "X that and by the board", "the pier is unsafe.")]
    [InlineData("Asked about claims by the board. That pier is unsafe.", null, null, null)]
    [InlineData("Asked about Claims that the pier is unsafe.", null, null, null)]
    [InlineData("Warnings that the pier is unsafe.", null, null, null)]
    [InlineData("Old warnings  that the pier is unsafe.", null, null, null)]
    [InlineData("Old warnings, that the pier is unsafe.", null, null, null)]
    public void A_noun_of_saying_opens_a_that_clause_after_an_optional_by_phrase(string text, string? noun, string? source, string? statement)
    {
        var tokens = TestSupport.Process(text).Tokens;
        var found = Rule.NounOfSaying(tokens, new Span(0, text.Length));

        Assert.Equal(noun, found is { } f ? tokens.TextOf(f.Noun).ToString() : null);
        Assert.Equal(source, found?.Source is { } s ? text[s.Start..s.End] : null);
        Assert.Equal(statement, found is { } g ? text[g.Start..] : null);
    }
}
