using AidAnalysis.Lexicons;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>The token questions the person rules ask: where an aside opens, where a line or list item opens, where a few
/// words occur whole.</summary>
public class PeopleTokenQueriesTests
{
    private static TokenLayer Tokens(string text) => new Tokenizer(Lexicon.Default).Tokenize(text, []).Tokens;

    private static int IndexOf(TokenLayer tokens, string word, int nth = 0)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (tokens.TextOf(i).SequenceEqual(word) && nth-- == 0) return i;
        throw new ArgumentException(word);
    }

    [Theory]
    [InlineData("Lena Ovik, a senior analyst, said so.", true)]
    [InlineData("Lena Ovik, Anna Berg and Lin Wei came.", false)]
    [InlineData("Lena Ovik,  a senior analyst, said so.", false)]
    [InlineData("Lena Ovik,\na senior analyst, said so.", false)]
    [InlineData("It cost 1,500 dollars, a record.", true)]
    public void A_comma_opens_an_aside_before_one_space_and_a_lower_case_word(string text, bool opens)
    {
        var tokens = Tokens(text);
        Assert.Equal(opens, tokens.OpensLowerCaseAside(IndexOf(tokens, ",")));
    }

    [Theory]
    [InlineData("By Anna Berg", true)]
    [InlineData("Heading\n \tBy Anna Berg", true)]
    [InlineData("(Reporting; By Anna Berg)", true)]
    [InlineData("Written, By Anna Berg", true)]
    [InlineData("It was built By Anna Berg", false)]
    [InlineData("Heading\r By Anna Berg", false)]
    public void A_byline_opens_the_text_a_line_or_a_list_item(string text, bool opens)
    {
        var tokens = Tokens(text);
        Assert.Equal(opens, tokens.OpensLineOrList(IndexOf(tokens, "By")));
    }

    [Fact]
    public void Whole_words_are_found_at_word_starts_only()
    {
        var found = WordStarts.Of("Osei said. Oseiba and osei; Al-Osei met Osei’s aide.").WholeWordOccurrences(["Osei", "osei", "Al-Osei"]);
        Assert.Equal([0, 31, 40], found[0]);
        Assert.Equal([22], found[1]);
        Assert.Equal([28], found[2]);
    }
}
