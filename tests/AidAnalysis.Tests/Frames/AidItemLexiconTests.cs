using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Relief goods of the UNHCR core relief items and the Sphere food, WASH and health lists (aid-items.tsv),
/// and the heads after an item that make it a crop or a market rather than goods (aid-item-words.tsv).</summary>
public class AidItemLexiconTests
{
    private static IReadOnlyList<AidItem> Items(string text) => TestSupport.Process(text).AidItems;

    [Theory]
    [InlineData("Freedonia received 3,000 insecticide-treated bed nets last week.", "mosquito nets")]
    [InlineData("The shipment (12,000 hygiene kits in all) arrived on Friday.", "hygiene kits")]
    [InlineData("Norland donated 2 million doses of measles vaccine to Freedonia.", "vaccines")]
    [InlineData("Some 500 tonnes of wheat flour were handed to families in Eastport.", "flour")]
    [InlineData("Donors have been asked for 40 tonnes of vegetable oil.", "vegetable oil")]
    [InlineData("Trucks carrying tarpaulins crossed the border on Monday.", "tarpaulins")]
    public void A_relief_good_is_an_aid_item(string text, string item) =>
        Assert.Contains(Items(text), i => i.Item == item && i.Category == AidType.Humanitarian);

    [Fact]
    public void Water_tanks_are_no_battle_tanks()
    {
        var item = Assert.Single(Items("Some 400 water tanks were delivered to camps near Eastport."));
        Assert.Equal(("water tanks", AidType.Humanitarian, false), (item.Item, item.Category, item.Lethal));
    }

    [Fact]
    public void Anti_tank_mines_are_lethal_military_goods()
    {
        var item = Assert.Single(Items("Norland sent 300 anti-tank mines to Freedonia."));
        Assert.Equal(("mines", AidType.Military, true), (item.Item, item.Category, item.Lethal));
    }

    [Theory]
    [InlineData("Wheat prices rose sharply in Freedonia this spring.")]
    [InlineData("The maize harvest failed across the north.")]
    [InlineData("Officials met Ms Rice in Eastport on Monday.")]
    public void A_crop_a_market_or_a_name_is_no_aid_item(string text) => Assert.Empty(Items(text));
}
