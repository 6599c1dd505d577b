using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Goods named as not given are no aid items (aid-item-words.tsv, item-negator): the negator is a word of its own
/// a few words before the item, not letters inside another word.</summary>
public class AidItemNegationTests
{
    private static IReadOnlyList<AidItem> Items(string text) => TestSupport.Process(text).AidItems;

    [Theory]
    [InlineData("Norland is not supplying tanks to Freedonia.")]
    [InlineData("Norland cannot send tents to Freedonia this winter.")]
    [InlineData("Freedonia spent the winter without tents.")]
    public void An_item_after_a_negator_is_not_aid(string text) => Assert.Empty(Items(text));

    [Fact]
    public void A_negator_after_the_item_leaves_it()
    {
        const string text = "Norland sent tents to Freedonia, and not a day too soon.";
        var item = Assert.Single(Items(text));
        Assert.Equal(text.IndexOf("tents", StringComparison.Ordinal), item.Span.Start);
    }

    [Fact]
    public void A_negator_before_a_mark_negates_nothing()
    {
        var item = Assert.Single(Items("Whether or not, Norland delivered tents to Freedonia."));
        Assert.Equal(AidItemStatus.Delivered, item.Status);
    }

    [Fact]
    public void Letters_of_a_negator_inside_another_word_negate_nothing()
    {
        var item = Assert.Single(Items("A notice said Norland sent tents to Freedonia."));
        Assert.Equal(AidItemStatus.Delivered, item.Status);
    }
}
