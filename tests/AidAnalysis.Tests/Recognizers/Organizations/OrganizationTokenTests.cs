using AidAnalysis.Lexicons;
using AidAnalysis.Recognizers.Organizations;

namespace AidAnalysis.Tests.Recognizers.Organizations;

/// <summary>The organisation rules' token readers: name words joined by hyphens and apostrophes, and runs of them.</summary>
public class OrganizationTokenTests
{
    [Fact]
    public void A_name_word_takes_the_letters_glued_to_it()
    {
        (string Text, string Word)[] cases =
            [("Al-Noor Trust", "Al-Noor"), ("Brightwater’s fund", "Brightwater’s"), ("O’Dell Relief", "O’Dell"), ("Harbour- and ports", "Harbour"), ("relief work", "")];
        foreach (var (text, word) in cases)
        {
            var tokens = TestSupport.Process(text).Tokens;
            var end = tokens.NameWordEnd(0);
            Assert.Equal(word, end < 0 ? "" : text[..tokens[end - 1].End]);
        }
    }

    [Fact]
    public void Runs_join_capitalised_words_and_up_to_two_connectors()
    {
        const string text = "Officials at the Pinecrest Institute for Coastal Studies met the Board of the Harbour Fund; $40M Grants followed.";
        var tokens = TestSupport.Process(text).Tokens;
        var runs = CapitalisedRuns.Find(tokens, Lexicon.Default.NameConnectors).Select(r => text[tokens[r.First].Start..tokens[r.End - 1].End]);
        Assert.Equal(["Officials", "Pinecrest Institute for Coastal Studies", "Board of the Harbour Fund", "Grants"], runs);
    }
}
