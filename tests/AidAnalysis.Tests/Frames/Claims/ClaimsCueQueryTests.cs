using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>The claims' one-cue questions (the first reporting cue, whether there is one) answer as the full cue lists do, and
/// the final-mark trim drops only marks written onto the end.</summary>
public class ClaimsCueQueryTests
{
    [Theory]
    [InlineData("The pier is safe, the board said, according to the harbour master, and the mayor warned of storms.")]
    [InlineData("According to the ferry crew the pier is safe; the mayor, however, stressed that storms come.")]
    [InlineData("No cue stands in this sentence at all.")]
    public void The_first_cue_and_any_cue_match_the_full_lists_from_every_start(string text)
    {
        var document = TestSupport.Process(text);
        var cues = new ReportingCues(Lexicon.Default);
        for (var start = 0; start <= text.Length; start++)
        {
            var window = new Span(start, text.Length);
            var verbs = cues.Verbs(document, window);
            var all = cues.VerbsAndAccordingTo(document, window);

            Assert.Equal(verbs.Count > 0 ? verbs[0] : ((string, Span)?)null, cues.First(document, window));
            Assert.Equal(all.Count > 0 ? all[0] : ((string, Span)?)null, cues.First(document, window, accordingTo: true));
            Assert.Equal(verbs.Count > 0, cues.Any(document, window));
        }
    }

    [Theory]
    [InlineData("said the harbour board.", ".", "said the harbour board")]
    [InlineData("said on Friday!?", ".!?", "said on Friday")]
    [InlineData("said on Friday!?", ".", "said on Friday!?")]
    [InlineData("said on Friday. .", ".", "said on Friday. ")]
    [InlineData("...", ".", "")]
    public void Final_marks_written_onto_the_end_are_dropped(string text, string marks, string expected)
    {
        var tokens = TestSupport.Process(text).Tokens;

        var kept = tokens.WithoutFinalMarks(new Span(0, text.Length), marks);

        Assert.Equal(expected, text[kept.Start..kept.End]);
    }

    [Theory]
    [InlineData("the pier board", 5, 3)]
    [InlineData("Jean-Paul’s 1,500 boats", 9, 4)]
    [InlineData("one two three four five six", 4, 4)]
    [InlineData(" , ; ", 3, 0)]
    public void Claim_words_are_counted_as_they_are_listed(string text, int max, int expected)
    {
        var tokens = TestSupport.Process(text).Tokens;
        var whole = new Span(0, text.Length);

        Assert.Equal(expected, tokens.ClaimWordCount(whole, max));
        Assert.Equal(tokens.ClaimWordsIn(whole, max).Count, tokens.ClaimWordCount(whole, max));
    }

    [Fact]
    public void A_stretch_is_blank_when_no_token_reaches_into_it_and_a_space_precedes_a_spaced_token()
    {
        const string text = "The board,  who met";
        var tokens = TestSupport.Process(text).Tokens;
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        var who = tokens.FirstStartingFrom(text.IndexOf("who", StringComparison.Ordinal));

        Assert.True(tokens.IsBlank(new Span(comma + 1, comma + 3)));
        Assert.False(tokens.IsBlank(new Span(comma, comma + 3)));
        Assert.False(tokens.IsBlank(new Span(comma + 2, text.Length)));
        Assert.True(tokens.SpacePrecedes(who, new Span(0, text.Length)));
        Assert.False(tokens.SpacePrecedes(who, new Span(tokens[who].Start, text.Length)));
        Assert.False(tokens.SpacePrecedes(tokens.FirstStartingFrom(comma), new Span(0, text.Length)));
    }

    [Theory]
    [InlineData(" the U.S. minister,  of ports", 29, 9, "the|U.S.|minister,|of|ports")]
    [InlineData("the harbour minister", 20, 2, "the|harbour")]
    [InlineData("the harbour minister", 14, 9, "the|harbour|mi")]
    public void Spaced_words_are_runs_of_tokens_written_together(string text, int end, int max, string expected)
    {
        var tokens = TestSupport.Process(text).Tokens;

        var words = tokens.SpacedWordsIn(new Span(0, end), max);

        Assert.Equal(expected, string.Join('|', words.Select(w => text[w.Start..w.End])));
    }
}
