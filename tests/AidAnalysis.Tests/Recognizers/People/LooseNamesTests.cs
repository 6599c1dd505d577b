using AidAnalysis.Lexicons;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Recognizers.People;

/// <summary>Names without a title read before a reporting verb, a day adjunct or a comma between.</summary>
public class LooseNamesTests
{
    private static List<string> Candidates(string text)
    {
        var (tokens, words) = new Tokenizer(Lexicon.Default).Tokenize(text, []);
        var lexiconWords = new PersonWordFinder(Lexicon.Default).Find(words);
        return [.. new LooseNames(Lexicon.Default).Find(tokens, lexiconWords).Select(c => text[c.Name.Start..c.Name.End])];
    }

    [Theory]
    [InlineData("then Tomas Vell on Tuesday said so.", "Tomas Vell")]
    [InlineData("then Tomas Vell yesterday said so.", "Tomas Vell")]
    [InlineData("The pilot, Tomas Vell, said so.", "Tomas Vell")]
    [InlineData("then Tomas Vell said so.", "Tomas Vell")]
    public void A_name_before_its_verb_across_a_day_adjunct_or_a_comma(string text, string name) =>
        Assert.Contains(name, Candidates(text));

    [Theory]
    [InlineData("then Tomas Vell  on Tuesday said so.")]
    [InlineData("then Tomas Vell,said so.")]
    public void No_name_without_one_space_before_the_verb_or_the_day(string text) =>
        Assert.DoesNotContain("Tomas Vell", Candidates(text));

    [Theory]
    [InlineData("then Zuberi Okonkwo also said so.")]
    [InlineData("then Zuberi Okonkwo has told reporters so.")]
    [InlineData("then Zuberi Okonkwo had earlier said so.")]
    [InlineData("then Zuberi Okonkwo reportedly told them so.")]
    public void A_name_before_its_verb_across_an_auxiliary_or_adverb(string text) =>
        Assert.Contains("Zuberi Okonkwo", Candidates(text));

    [Theory]
    [InlineData("then Zuberi Okonkwo quickly said so.")]
    [InlineData("then Zuberi Okonkwo has  said so.")]
    [InlineData("then Zuberi Okonkwo has also then said so.")]
    public void No_name_across_another_adverb_a_wide_space_or_three_words(string text) =>
        Assert.DoesNotContain("Zuberi Okonkwo", Candidates(text));

    [Theory]
    [InlineData("\"Prices rose,\" said economic analyst Zuberi Okonkwo.")]
    [InlineData("Prices rose, says senior aid worker Zuberi Okonkwo.")]
    public void A_name_after_its_verb_and_a_role(string text) =>
        Assert.Contains("Zuberi Okonkwo", Candidates(text));

    [Theory]
    [InlineData("\"Prices rose,\" said economic growth Zuberi Okonkwo.")]
    [InlineData("\"Prices rose,\" told economic analyst Zuberi Okonkwo.")]
    public void No_name_after_a_verb_and_words_that_are_no_role(string text) =>
        Assert.DoesNotContain("Zuberi Okonkwo", Candidates(text));

    [Theory]
    [InlineData("Residents of Port Daro also told reporters so.", "Port Daro")]
    [InlineData("Nurses at Hollin General have said so.", "Hollin General")]
    public void No_name_after_a_preposition_across_an_auxiliary_or_adverb(string text, string place) =>
        Assert.DoesNotContain(place, Candidates(text));
}
