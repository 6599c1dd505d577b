using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>Bylines and credits read from the "by" tokens: a byline opens its line or follows "(", ";" or ","; a credit
/// word right before "by" makes a credit wherever it stands.</summary>
public class BylineTests
{
    private static List<EntityMention> Find(string text)
    {
        var (tokens, _) = new Tokenizer(Lexicon.Default).Tokenize(text, []);
        return new Bylines(Lexicon.Default).Find(tokens, new bool[text.Length]);
    }

    [Fact]
    public void By_opening_a_line_gives_the_author()
    {
        var byline = Assert.Single(Find("Relief reaches the coast\nBy Tomas Redl and Ines Varga\nThe convoy arrived."), m => m.Canonical == "Tomas Redl");
        Assert.Equal(PersonRecognizer.BylineRole, byline.Role);
        Assert.Contains(Find("Relief reaches the coast\n  By Tomas Redl\n"), m => m.Canonical == "Tomas Redl");
    }

    [Fact]
    public void A_credit_word_before_by_names_the_work()
    {
        var found = Find("(Reporting by Tomas Redl; Editing by Ines Varga)");
        Assert.Equal("Reporting", Assert.Single(found, m => m.Canonical == "Tomas Redl").Role);
        Assert.Equal("Editing", Assert.Single(found, m => m.Canonical == "Ines Varga").Role);
        Assert.Equal("Additional reporting", Assert.Single(Find("Additional reporting by Tomas Redl"), m => m.Canonical == "Tomas Redl").Role);
    }

    [Theory]
    [InlineData("The depot was opened by Tomas Redl on Monday.")]
    [InlineData("The depot was opened BY Tomas Redl.")]
    [InlineData("The report said REPORTING by Tomas Redl was late.")]
    [InlineData("The report said reporting  by Tomas Redl was late.")]
    [InlineData("Relief reaches the coast\nBy Tomas\n")]
    public void By_inside_a_sentence_a_credit_word_in_capitals_or_apart_and_a_single_word_give_nothing(string text)
    {
        Assert.Empty(Find(text));
    }
}
