using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>Attribution patterns shared by several claim rules, each read on an invented phrase.</summary>
public class ClaimPatternTests
{
    [Theory]
    [InlineData("the ferry runs weekly, the board said, adding that fares would rise", 37)]
    [InlineData("the board said, during a visit by the mayor, adding that fares would rise", -1)]
    [InlineData("the board said the ferry runs weekly", -1)]
    public void A_participle_clause_starts_at_its_comma_but_during_is_a_preposition(string text, int expected) =>
        Assert.Equal(expected, ParticipleClause.StartIn(TestSupport.Process(text).Tokens, new Span(0, text.Length)));

    [Theory]
    [InlineData("\"Too slow,\" though she warned that", "warned", true)]
    [InlineData("\"Too slow,\" and she warned that", "warned", true)]
    [InlineData("\"Too slow,\" Anna Berg and Lise Dahl warned", "warned", false)]
    [InlineData("\"Too slow,\" she warned", "warned", false)]
    public void A_conjunction_between_a_quotation_and_the_cue_opens_a_clause_of_its_own(string text, string cue, bool opens)
    {
        var afterQuote = text.IndexOf(',') + 2;
        Assert.Equal(opens, new ConjunctionBeforeCue(Lexicon.Default).OpensClause(TestSupport.Process(text).Tokens, new Span(afterQuote, text.Length), cue));
    }

    [Fact]
    public void Reporting_cues_are_read_from_the_cue_layer_by_their_lexicon_form_with_according_to_from_the_tokens()
    {
        const string text = "According to the harbour board, the pier is safe. Mirela Dancu Warned the crew and said so.";
        var document = TestSupport.Process(text);
        var cues = new ReportingCues(Lexicon.Default);
        var whole = new Span(0, text.Length);

        Assert.Equal(["warned", "said"], cues.Verbs(document, whole).Select(c => c.Entry));
        var withAccordingTo = cues.VerbsAndAccordingTo(document, whole);
        Assert.Equal(["according to", "warned", "said"], withAccordingTo.Select(c => c.Entry));
        Assert.Equal("According to", text[withAccordingTo[0].Span.Start..withAccordingTo[0].Span.End]);
        Assert.Empty(cues.Verbs(document, new Span(0, text.IndexOf("Warned", StringComparison.Ordinal) + 3)));
    }

    [Theory]
    [InlineData("The pier was shut, she  ", "she")]
    [InlineData("Later He ", "He")]
    [InlineData("The crew and I", "I")]
    [InlineData("The crew and i", null)]
    [InlineData("The shelter ", null)]
    [InlineData("It was hers", null)]
    public void A_subject_pronoun_is_the_last_token_before_the_cue_as_written(string text, string? expected) =>
        Assert.Equal(expected, TestSupport.Process(text).Tokens.SubjectPronounEnding(new Span(0, text.Length)));

    [Theory]
    [InlineData("the last to confirm", "to")]
    [InlineData("for, confirming", "for")]
    [InlineData("the plan (to confirm", "to")]
    [InlineData("the plan; confirm", "")]
    [InlineData("pre-to confirm", "")]
    [InlineData("the first\nconfirm", "")]
    public void The_word_right_before_a_cue_is_read_across_spaces_and_commas_only(string text, string expected)
    {
        var cue = text.LastIndexOf("confirm", StringComparison.Ordinal);
        Assert.Equal(expected, TestSupport.Process(text).Tokens.WordRightBefore(cue).ToString());
    }

    [Theory]
    [InlineData("She spoke to the Harbour Board", true)]
    [InlineData("She spoke with Harbour Board", true)]
    [InlineData("A spokesman for the Harbour Board", false)]
    [InlineData("the\nHarbour Board", false)]
    public void A_name_after_a_preposition_other_than_the_speaker_s_own_is_not_its_subject(string text, bool expected)
    {
        var name = text.IndexOf("Harbour", StringComparison.Ordinal);
        Assert.Equal(expected, SpeakerFinder.IsAfterPreposition(TestSupport.Process(text).Tokens, new Span(name, text.Length)));
    }
}
