using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>The aid-item stage's readings on the token layer (aid-item-words.tsv): prefixes and heads that make the item
/// another thing, purpose phrases that keep goods from being delivered, and the word right before a receiver.</summary>
public class AidItemTokenTests
{
    private static IReadOnlyList<AidItem> Items(string text) => TestSupport.Process(text).AidItems;

    [Theory]
    [InlineData("Norway sent anti-tank barriers to Freedonia.")]
    [InlineData("Norway sent counter drone kits to Freedonia.")]
    [InlineData("Norway sent tank detectors to Freedonia.")]
    [InlineData("Norway sent drone-detection kits to Freedonia.")]
    public void A_prefix_or_a_head_makes_the_item_another_thing(string text) => Assert.Empty(Items(text));

    [Fact]
    public void A_capitalised_prefix_is_no_prefix_as_written()
    {
        var item = Assert.Single(Items("Norway sent Anti tanks to Freedonia."));
        Assert.Equal("tanks", item.Item);
    }

    [Fact]
    public void A_purpose_phrase_with_several_words_keeps_goods_from_being_delivered()
    {
        var item = Assert.Single(Items("Norway provided $2 million for the purchase of new generators for Freedonia."));
        Assert.Equal(AidItemStatus.Unspecified, item.Status);
    }

    [Fact]
    public void A_full_stop_in_a_figure_ends_the_purpose_phrase()
    {
        var item = Assert.Single(Items("Norway said the $2 million will help, and 2.5 tonnes of generators were delivered to Freedonia."));
        Assert.Equal(AidItemStatus.Delivered, item.Status);
    }

    [Fact]
    public void The_receiver_after_to_the_is_the_recipient()
    {
        var item = Assert.Single(Items("Norway delivered helmets to the Freedonian Red Cross and Sweden."));
        Assert.Equal("Norway", item.Provider);
    }
}
