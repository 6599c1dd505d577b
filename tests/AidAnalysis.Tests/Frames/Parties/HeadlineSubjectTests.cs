using AidAnalysis.Frames.Parties;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>Where a headline's subject stands for its giver, read on tokens; headlines written for the tests.</summary>
public class HeadlineSubjectTests
{
    private static readonly HeadlineSubject Reader = new(new PartyWords(Lexicon.Default));

    private static TokenLayer Tokens(string text) => new Tokenizer(Lexicon.Default).Tokenize(text, []).Tokens;

    [Theory]
    [InlineData("Freedonia sends tents", true)]
    [InlineData("The Freedonia fund sends tents", true)]
    [InlineData("FACT SHEET: Freedonia sends tents", true)]
    [InlineData("UPDATE 2: Freedonia sends tents", false)]
    [InlineData("FACT SHEET: The Freedonia fund sends tents", true)]
    [InlineData("Fact sheet: Freedonia sends tents", false)]
    [InlineData("A LONG LABEL OF MANY WORDS: Freedonia sends tents", false)]
    [InlineData("Rains: Freedonia sends tents", false)]
    [InlineData("After rains Freedonia sends tents", false)]
    public void The_subject_opens_the_headline(string headline, bool opens) =>
        Assert.Equal(opens, Reader.Opens(Tokens(headline), new Span(0, headline.Length), headline.IndexOf("Freedonia", StringComparison.Ordinal)));

    [Theory]
    [InlineData("Freedonia gives $5m", "gives", true)]
    [InlineData("Freedonia to give $5m", "give", true)]
    [InlineData("Freedonia will provide $5m", "provide", true)]
    [InlineData("Freedonia says it will provide $5m", "provide", false)]
    [InlineData("Freedonia Will provide $5m", "provide", false)]
    [InlineData("Freedonia  gives $5m", "gives", false)]
    public void The_verb_follows_the_subject(string headline, string verb, bool follows) =>
        Assert.Equal(follows, Reader.VerbFollows(Tokens(headline), "Freedonia".Length, headline.IndexOf(verb, StringComparison.Ordinal), headline.Length));
}
