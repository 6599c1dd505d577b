using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Text;

/// <summary>The questions rules ask of the token layer: the word before and after a position, inside a sentence or a scope.</summary>
public class TokenNavigationTests
{
    private static readonly Tokenizer Tokenizer = new(Lexicon.Default);

    // Two sentences: "Oslo gave $5 million." [0, 21) and "Lima, too, pledged aid." [22, 45).
    private const string Text = "Oslo gave $5 million. Lima, too, pledged aid.";

    private static TokenLayer Tokens() =>
        Tokenizer.Tokenize(Text, [new Sentence(new Span(0, 21), 0), new Sentence(new Span(22, Text.Length), 1)]).Tokens;

    private static string Word(TokenLayer tokens, int index) => index < 0 ? "(none)" : tokens.TextOf(index).ToString();

    [Fact]
    public void Positions_map_to_the_tokens_that_end_before_and_start_after_them()
    {
        var tokens = Tokens();
        Assert.Equal("gave", Word(tokens, tokens.LastEndingBy(Text.IndexOf(" $", StringComparison.Ordinal))));
        Assert.Equal("$", Word(tokens, tokens.FirstStartingFrom(Text.IndexOf('$'))));
        // Inside "million" the next token to start is the full stop.
        Assert.Equal(".", Word(tokens, tokens.FirstStartingFrom(Text.IndexOf("illion", StringComparison.Ordinal))));
        Assert.Equal(-1, tokens.LastEndingBy(0));
    }

    [Fact]
    public void Previous_and_next_words_skip_marks_and_stop_at_the_sentence()
    {
        var tokens = Tokens();
        var lima = tokens.IndexAt(Text.IndexOf("Lima", StringComparison.Ordinal));
        Assert.Equal(-1, tokens.PreviousWord(lima));
        Assert.Equal("too", Word(tokens, tokens.NextWord(lima)));
        var million = tokens.IndexAt(Text.IndexOf("million", StringComparison.Ordinal));
        Assert.Equal("5", Word(tokens, tokens.PreviousWord(million)));
        Assert.Equal(-1, tokens.NextWord(million));
    }

    [Fact]
    public void Words_before_and_after_an_offset_stay_inside_their_scope()
    {
        var tokens = Tokens();
        var second = new Span(22, Text.Length);
        var pledged = Text.IndexOf("pledged", StringComparison.Ordinal);
        Assert.Equal("too", Word(tokens, tokens.WordBefore(pledged, second)));
        Assert.Equal("pledged", Word(tokens, tokens.WordAfter(pledged, second)));
        Assert.Equal(-1, tokens.WordBefore(second.Start, second));
        Assert.Equal(-1, tokens.WordAfter(Text.Length - 1, second));
    }

    [Fact]
    public void Words_compare_without_case_and_against_a_word_class()
    {
        var tokens = Tokens();
        var gave = tokens.IndexAt(Text.IndexOf("gave", StringComparison.Ordinal));
        Assert.True(tokens.Is(gave, "GAVE"));
        Assert.False(tokens.Is(gave, "gav"));
        Assert.False(tokens.Is(-1, "gave"));
        var verbs = new WordSet(["pledged", "Gave"]);
        Assert.True(tokens.IsAny(gave, verbs));
        Assert.False(tokens.IsAny(gave + 1, verbs));
    }

    [Fact]
    public void Spans_count_their_words_and_find_their_marks()
    {
        var tokens = Tokens();
        var second = new Span(22, Text.Length);
        Assert.Equal(4, tokens.WordsIn(second));
        Assert.True(tokens.AnyHolds(second, ','));
        Assert.False(tokens.AnyHolds(new Span(0, 21), ','));
    }

    [Fact]
    public void The_tokens_wholly_inside_a_span_leave_out_one_its_start_cuts()
    {
        var tokens = Tokenizer.Tokenize("Velo gave 1,500 tents.", []).Tokens;
        // The span opens inside "gave" and ends inside "tents": Within opens on "gave", WhollyWithin on "1,500".
        var cut = new Span(7, 18);
        Assert.Equal((1, 3), tokens.Within(cut));
        Assert.Equal((2, 3), tokens.WhollyWithin(cut));
        Assert.Equal((1, 3), tokens.WhollyWithin(new Span(5, 18)));
        // A cut token that also reaches past the span's end leaves nothing either way.
        Assert.Equal((1, 1), tokens.Within(new Span(6, 7)));
        Assert.Equal((1, 1), tokens.WhollyWithin(new Span(6, 7)));
        Assert.True(tokens.AnyHolds(cut, ','));
        Assert.False(tokens.AnyHolds(new Span(12, 18), ','));
    }
}
