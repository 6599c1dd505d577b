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

    [Theory]
    [InlineData("the roads had been cleared", true)]
    [InlineData("the re-elected mayor", true)]
    [InlineData("the mayor wasn’t there", false)]
    [InlineData("the ferry to Oslo", false)]
    [InlineData("the Reported figures", false)]
    [InlineData("the bed", false)]
    public void A_finite_verb_is_an_auxiliary_or_a_lower_case_past_form(string text, bool finite) =>
        Assert.Equal(finite, FiniteVerb.In(TestSupport.Process(text).Tokens, new Span(0, text.Length), Words.FiniteAuxiliaries));

    [Theory]
    [InlineData("Jean-Paul Roe’s 1,500 boats", new[] { "Jean-Paul", "Roe’s", "1", "500", "boats" })]
    [InlineData("donors’ funds - all of them", new[] { "donors’", "funds", "-", "all", "of" })]
    public void Claim_words_join_hyphens_and_apostrophes_and_part_a_number_at_its_separators(string text, string[] expected)
    {
        var tokens = TestSupport.Process(text).Tokens;

        var words = tokens.ClaimWordsIn(new Span(0, text.Length), 5);

        Assert.Equal(expected, words.Select(w => text[w.Start..w.End]));
        Assert.Equal(CharacterWordCount(text), tokens.ClaimWordsIn(new Span(0, text.Length), 100).Count);
    }

    [Theory]
    [InlineData("said on Friday that aid would come", 3)]
    [InlineData("said that aid would come", 1)]
    [InlineData("that aid would come", -1)]
    [InlineData("said on Friday, that", -1)]
    public void A_spaced_word_has_a_space_on_each_side_inside_the_span(string text, int expected)
    {
        var tokens = TestSupport.Process(text).Tokens;

        var that = tokens.SpacedWordIn(new Span(0, text.Length), "that");

        Assert.Equal(expected, that < 0 ? -1 : tokens.WordsIn(new Span(0, tokens[that].Start)));
    }

    [Theory]
    [InlineData("Aid is late, the foreign secretary, Maria Lopez, said.", "Aid is late")]
    [InlineData("Aid is late, the ministry of Anna Berg, the minister, said.", "Aid is late, the ministry of Anna Berg, the minister")]
    [InlineData("Aid is late, Anna Berg, 54, said.", "Aid is late")]
    [InlineData("Aid is late, she warned, and said.", "Aid is late, she warned")]
    [InlineData("Aid is late, said Anna Berg.", "Aid is late")]
    public void The_statement_before_a_final_cue_ends_before_a_two_part_speaker_apposition(string text, string statement)
    {
        var tokens = TestSupport.Process(text).Tokens;
        var cue = text.LastIndexOf("said", StringComparison.Ordinal);

        var comma = AttributionShapes.StatementComma(tokens, new Span(cue, cue + 4), new Span(0, text.Length));

        Assert.Equal(statement, text[..comma]);
    }

    [Fact]
    public void A_mark_is_read_at_its_offset_and_a_comma_inside_a_number_counts_as_a_comma_character()
    {
        const string text = "“Some 1,200 boats left.” The end";
        var tokens = TestSupport.Process(text).Tokens;

        Assert.Equal('“', tokens.MarkAt(0));
        Assert.Equal('\0', tokens.MarkAt(1));
        Assert.Equal('.', tokens.MarkAt(text.IndexOf('.')));
        Assert.True(tokens.AnyHolds(new Span(0, 18), ','));
        Assert.False(tokens.AnyHolds(new Span(12, text.Length), ','));
    }

    /// <summary>The character word count the token reader replaced: runs of claim word characters.</summary>
    private static int CharacterWordCount(string phrase)
    {
        var count = 0;
        for (var i = 0; i < phrase.Length;)
        {
            while (i < phrase.Length && !ClaimWordReader.IsWordChar(phrase[i])) i++;
            if (i < phrase.Length) count++;
            while (i < phrase.Length && ClaimWordReader.IsWordChar(phrase[i])) i++;
        }
        return count;
    }
}
