using AidAnalysis.Frames.Claims;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Claims;

/// <summary>The readers the reporting-verb rule asks about the words after a cue, each on an invented sentence.</summary>
public class ClaimsTokenRuleTests
{
    private static readonly ClaimVocabulary Words = new(Lexicon.Default);

    [Theory]
    [InlineData("said that the pier is safe.", "said that ")]
    [InlineData("told reporters that the pier is safe.", "told reporters that ")]
    [InlineData("said on Monday in Tromsø that the pier is safe.", "said on Monday in Tromsø that ")]
    [InlineData("said on Monday. That pier is safe.", null)]
    [InlineData("said the old harbour board that", null)]
    [InlineData("sought firm written assurances today that the pier is safe.", null)]
    [InlineData("said, that pier is safe.", null)]
    [InlineData("say none of that pier is safe.", null)]
    [InlineData("said much of that is lost.", null)]
    public void A_that_complement_follows_a_short_object_or_an_adjunct(string text, string? through)
    {
        var tokens = TestSupport.Process(text).Tokens;
        var start = text.TakeWhile(char.IsLetter).Count();

        var complement = new ThatComplement(Words).Through(tokens, start, new Span(start, text.Length));

        Assert.Equal(through, complement is { } c ? text[..c.End] : null);
    }

    [Theory]
    [InlineData("She told the visiting delegates she had met the mayor.", " the visiting delegates ")]
    [InlineData("She told reporters they would stay.", " reporters ")]
    [InlineData("She told them I was late.", " them ")]
    [InlineData("She told the Nordic fisheries council he was late.", " the Nordic fisheries council ")]
    [InlineData("She told the big Nordic fisheries council he was late.", null)]
    [InlineData("She told reporters, he was late.", null)]
    public void An_audience_after_told_runs_to_the_subject_of_the_statement(string text, string? audience)
    {
        var tokens = TestSupport.Process(text).Tokens;
        var cueEnd = text.IndexOf("told", StringComparison.Ordinal) + 4;

        var length = new Hearers(Words).AudienceBeforeClause(tokens, cueEnd, text.Length);

        Assert.Equal(audience, length < 0 ? null : text.Substring(cueEnd, length));
    }

    [Theory]
    [InlineData("a state of emergency in the north", true)]
    [InlineData("a national health emergency", true)]
    [InlineData("The curfew-like order", true)]
    [InlineData("a very long national health emergency", false)]
    [InlineData("that the state would pay", false)]
    [InlineData("a statement of support", false)]
    public void A_declaration_puts_a_state_in_force(string text, bool declared) =>
        Assert.Equal(declared, new DeclaredState(Words).OpensWith(TestSupport.Process(text).Tokens, new Span(0, text.Length)));

    [Theory]
    [InlineData("Later, “local fisheries officials.”", "local fisheries officials")]
    [InlineData("In Oslo the country's disaster agency", "the country's disaster agency")]
    [InlineData("Some Nordic rights campaigners", "Some Nordic rights campaigners")]
    [InlineData("Finally, the U.S. government,", "the U.S. government")]
    [InlineData("the harbour was closed", null)]
    public void A_group_phrase_is_read_from_the_words_as_spaces_part_them(string text, string? group) =>
        Assert.Equal(group, new GroupPhrases(Words).GroupPhrase(TestSupport.Process(text).Tokens, new Span(0, text.Length)));

    [Fact]
    public void A_bare_name_opening_its_sentence_before_an_aside_speaks() =>
        Assert.Contains(TestSupport.Analyze("Kelo Varnu, a spokeswoman at the port, said the pier was safe.").Claims, c => c.Speaker == "Kelo Varnu");

    [Theory]
    [InlineData("Caritas Europe’s Moldova coordinator, Ion Rusu, said the border was open.", "Ion Rusu")]
    [InlineData("The Minister of Fisheries, Ion Rusu, said the border was open.", "Ion Rusu")]
    public void A_title_naming_nobody_gives_the_cue_to_the_name_in_apposition(string text, string speaker) =>
        Assert.Contains(TestSupport.Analyze(text).Claims, c => c.Speaker == speaker);
}
