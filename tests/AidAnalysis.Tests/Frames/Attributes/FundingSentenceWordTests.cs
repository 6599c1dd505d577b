using AidAnalysis.Frames;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>The funding stage's sentence-level word rules read on tokens (a list of parts opening a sentence, an aid noun
/// anywhere in it, "respectively") and the words before an amount read in two steps; sentences written for the tests.</summary>
public class FundingSentenceWordTests
{
    private static readonly AttributeWords Words = new(Lexicon.Default);

    private static TokenLayer Tokens(string text) => new Tokenizer(Lexicon.Default).Tokenize(text, []).Tokens;

    private static Span All(string text) => new(0, text.Length);

    [Theory]
    [InlineData("This also includes $4 million for wells.", true)]
    [InlineData("The package consists of $2 million in seeds.", true)]
    [InlineData("Of these, $1 million goes to clinics.", true)]
    [InlineData("Another $3 million will buy tents.", true)]
    [InlineData("The rest will fund schools.", true)]
    // Case counts: the opening is capitalised as it opens a sentence.
    [InlineData("this includes $4 million for wells.", false)]
    // A verb of listing must follow the subject, "also" at most between.
    [InlineData("This week includes $4 million for wells.", false)]
    // "Of" must be followed by a determiner of the whole as a word of its own.
    [InlineData("Of theirs, $1 million goes to clinics.", false)]
    [InlineData("Often $1 million goes to clinics.", false)]
    public void A_list_of_parts_opens_the_sentence(string sentence, bool opens) =>
        Assert.Equal(opens, new ListOfParts(Words).Opens(Tokens(sentence), All(sentence)));

    [Theory]
    [InlineData("Of the $5 million, half is for food.", true)]
    [InlineData("Of this, $2 million is for food.", true)]
    [InlineData("This includes $2 million for food.", false)]
    [InlineData("Another $2 million is for food.", false)]
    public void Only_an_of_opening_divides_a_whole(string sentence, bool divides) =>
        Assert.Equal(divides, new ListOfParts(Words).DividesWhole(Tokens(sentence), All(sentence)));

    [Fact]
    public void The_list_opens_at_the_sentence_start_only()
    {
        const string text = "Rains fell. This includes $4 million.";
        Assert.False(new ListOfParts(Words).Opens(Tokens(text), new Span(10, text.Length)));
        Assert.True(new ListOfParts(Words).Opens(Tokens(text), new Span(12, text.Length)));
    }

    [Theory]
    [InlineData("The grants reached 40 villages.", true)]
    [InlineData("Its ODA rose by a fifth.", true)]
    [InlineData("Budget support-related costs rose.", true)]
    // Case counts, and a word must be whole.
    [InlineData("Aid reached 40 villages.", false)]
    [InlineData("The oda rose by a fifth.", false)]
    [InlineData("The raiders took the grain.", false)]
    [InlineData("Supporters gathered in the square.", false)]
    public void An_aid_noun_makes_an_aid_sentence(string sentence, bool holds) =>
        Assert.Equal(holds, new AidNouns(Words).In(Tokens(sentence), All(sentence)));

    [Fact]
    public void A_word_cut_by_the_stretch_is_read_by_its_part_inside()
    {
        const string text = "The raid ended.";
        // "aid" of "raid", cut at its second letter, reads as the pattern it replaces read a cut window.
        Assert.True(new AidNouns(Words).In(Tokens(text), new Span(5, text.Length)));
        Assert.False(new AidNouns(Words).In(Tokens(text), new Span(4, text.Length)));
    }

    [Fact]
    public void Respectively_is_found_as_a_whole_word_written_in_lower_case()
    {
        var tokens = Tokens("A and B gave $1 and $2 respectively.");
        Assert.True(tokens.FirstExactly(new Span(0, 36), "respectively") > 0);
        Assert.Equal(-1, tokens.FirstExactly(new Span(0, 20), "respectively"));
        Assert.Equal(-1, Tokens("Respectively, A and B gave.").FirstExactly(new Span(0, 27), "respectively"));
    }

    [Fact]
    public void Words_read_in_two_steps_are_those_of_one_read()
    {
        const string text = "raising the fund's total support for the flood-hit north this year to about $9 million";
        var tokens = Tokens(text);
        var before = new Span(0, text.IndexOf('$'));
        Span<(int First, int Last)> once = stackalloc (int, int)[20];
        var onceCount = tokens.ChunksBefore(before, once);
        Span<(int First, int Last)> twice = stackalloc (int, int)[20];
        var first = tokens.ChunksBefore(before, twice[..3]);
        var twiceCount = tokens.ChunksBefore(before, twice, first);
        Assert.Equal(3, first);
        Assert.Equal(13, onceCount);
        Assert.Equal(once[..onceCount].ToArray(), twice[..twiceCount].ToArray());
        Assert.Equal("this", tokens.TextOf(once[3].Last).ToString());
        Assert.Equal((tokens.ChunkEndingAt(once[10].Last), once[10].Last), once[10]);
    }
}
