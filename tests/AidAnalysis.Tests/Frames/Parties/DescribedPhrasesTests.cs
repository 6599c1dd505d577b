using AidAnalysis.Frames.Parties;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>Recipients described instead of named, read on tokens; sentences written for the tests.</summary>
public class DescribedPhrasesTests
{
    private static readonly DescribedPhrases Reader = new(Lexicon.Default, new PartyWords(Lexicon.Default));

    private static string[] Find(string text, int start = 0, int end = -1)
    {
        var tokens = new Tokenizer(Lexicon.Default).Tokenize(text, []).Tokens;
        return [.. Reader.Find(tokens, new Span(start, end < 0 ? text.Length : end)).Select(s => text[s.Start..s.End])];
    }

    [Theory]
    [InlineData("It sent $4 million to families who fled the hills, officials said.", "families who fled the hills")]
    [InlineData("It sent $4 million to help the stricken hill communities in Freedonia (north).", "stricken hill communities in Freedonia")]
    [InlineData("It sent $4 million for Refugees fleeing 1,500 fires to camps.", "Refugees fleeing 1")]
    [InlineData("It sent $4 million to people in-kind.", "people in")]
    [InlineData("It sent $4 million to areas affected by floods and to children who lost homes.", "areas affected by floods|children who lost homes")]
    public void The_phrase_runs_from_the_head_or_its_modifiers_to_the_end_of_its_qualifier(string text, string phrases) =>
        Assert.Equal(phrases.Split('|'), Find(text));

    [Theory]
    // No qualifier, more than four modifiers, a marker written capitalised, two spaces, a function word among the modifiers.
    [InlineData("It sent $4 million to flood victims.")]
    [InlineData("It sent $4 million to the very many poor rural hill families who fled.")]
    [InlineData("It sent $4 million To families who fled.")]
    [InlineData("It sent $4 million to  families who fled.")]
    [InlineData("It sent $4 million to provide families who fled.")]
    public void No_phrase_without_the_pattern(string text) => Assert.Empty(Find(text));

    [Fact]
    public void The_scope_cuts_words_at_its_edges() =>
        Assert.Equal(["families who fl"], Find("It went into families who fled.", "It went in".Length, "It went into families who fl".Length));
}
