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
}
