using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>A surname that speaks alone, completed by the capitalised word written before it elsewhere.</summary>
public class SpeakingSurnamesTests
{
    private static List<string> FullNames(string text, string verb)
    {
        var (tokens, words) = new Tokenizer(Lexicon.Default).Tokenize(text, []);
        var at = text.IndexOf(verb, StringComparison.Ordinal);
        return [.. SpeakingSurnames.FullNamesOfSpeakingSurnames(words, tokens, [(verb, new Span(at, at + verb.Length))], _ => true)
            .Select(s => text[s.Start..s.End])];
    }

    [Fact]
    public void A_speaking_surname_is_completed_by_the_word_before_it_elsewhere() =>
        Assert.Equal(["Mira Tallis"], FullNames("Tallis added that the road was shut. Mira Tallis leads the team.", "added"));

    [Fact]
    public void A_surname_after_a_comma_speaks_too() =>
        Assert.Equal(["Mira Tallis"], FullNames("In the end Tallis, added that the road was shut. Mira Tallis leads.", "added"));

    [Fact]
    public void A_word_the_text_also_writes_in_lower_case_is_no_surname() =>
        Assert.Empty(FullNames("Ferry added that the road was shut. Mira Ferry took the ferry.", "added"));

    [Fact]
    public void A_word_after_another_capitalised_word_is_not_alone() =>
        Assert.Empty(FullNames("Ms Tallis added that the road was shut. Mira Tallis leads.", "added"));
}
