using AidAnalysis.Lexicons;
using AidAnalysis.Recognizers.Organizations;
using AidAnalysis.Text.Tokens;

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
        var runs = CapitalisedRuns.Find(tokens, Lexicon.Default.NameConnectors, TimeNames).Select(r => text[tokens[r.First].Start..tokens[r.End - 1].End]);
        Assert.Equal(["Officials", "Pinecrest Institute for Coastal Studies", "Board of the Harbour Fund", "Grants"], runs);
    }

    private static readonly WordSet TimeNames = new(["Monday", "Tuesday", "Friday", "March"], caseSensitive: true);

    /// <summary>A connector before a weekday or month joins nothing: the name ends before its time adjunct; before any other
    /// capitalised word it joins as before.</summary>
    [Fact]
    public void A_connector_before_a_weekday_or_month_ends_the_run()
    {
        const string text = "The Tavira Relief Office on Tuesday thanked the Committee on Foreign Affairs and the Council for Water on Friday.";
        var tokens = TestSupport.Process(text).Tokens;
        var runs = CapitalisedRuns.Find(tokens, Lexicon.Default.NameConnectors, TimeNames).Select(r => text[tokens[r.First].Start..tokens[r.End - 1].End]);
        Assert.Equal(["The Tavira Relief Office", "Tuesday", "Committee on Foreign Affairs and the Council for Water", "Friday"], runs);
    }

    /// <summary>An organisation named before "on" and a weekday, as subject, agent or source, is named without the day.</summary>
    [Theory]
    [InlineData("The Tavira Relief Office on Tuesday said it would send tents.", "Tavira Relief Office")]
    [InlineData("The grant was approved by the Norland Aid Agency on Friday.", "Norland Aid Agency")]
    [InlineData("Tents were sent, according to the Korvalan Health Ministry on Monday.", "Korvalan Health Ministry")]
    [InlineData("The Committee on Foreign Affairs met the envoy.", "Committee on Foreign Affairs")]
    [InlineData("The Institute for Water Studies said the wells were dry.", "Institute for Water Studies")]
    public void An_organisation_is_named_without_its_time_adjunct(string text, string name) =>
        Assert.Contains(TestSupport.Analyze(text).Actors, a => a.Name == name);
}
