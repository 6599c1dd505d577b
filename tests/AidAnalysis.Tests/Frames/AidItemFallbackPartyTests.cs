using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>An item whose sentence names no party takes the article's parties only from its figures, its headline or a
/// state that clearly leads the other states named: never a state named once besides (the one blocking the aid, the
/// attacker) or the article's own agent. Invented articles.</summary>
public class AidItemFallbackPartyTests
{
    /// <summary>The first item of an article whose first line is its title, as a loaded text file's is.</summary>
    private static AidItem Item(string text) =>
        TestSupport.Pipeline.Process(Article.FromText(text, new ArticleMetadata(Title: text[..text.IndexOf('\n')]), "t.txt")).AidItems[0];

    [Theory]
    [InlineData("Aid\n\nNorway will deliver 40 generators to hospitals in Kharkiv Oblast. Russia has attacked the grid.")]
    [InlineData("Aid\n\nTrucks carrying tents waited at the border. Chile and Peru have argued over the crossing.")]
    [InlineData("Aid\n\nAbout 400 trucks carrying blankets are waiting at the crossing. Israel denies restricting aid.")]
    public void A_state_named_besides_is_no_party(string text)
    {
        var item = Item(text);
        Assert.Null(item.Recipient);
        Assert.NotEqual("Israel", item.Provider);
    }

    [Fact]
    public void A_state_that_leads_the_article_receives() =>
        Assert.Equal("Peru", Item("Tents for Peru\n\nThe tents arrived on Monday. Peru has asked for more. Officials in Peru said the camps were full. Chile has promised help.").Recipient);

    [Fact]
    public void The_headline_names_giver_and_receiver()
    {
        var item = Item("Chile sends tents to Peru\n\nThe tents arrived on Monday, officials said.");
        Assert.Equal(("Chile", "Peru"), (item.Provider, item.Recipient));
    }
}
