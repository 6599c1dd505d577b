using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Aid items next to funding: who gives them to whom, whether they are handed over, and which words
/// name another thing (issue 17). The items have no gold beyond the sample article, so these are their measure.</summary>
public class FundingAidItemTests
{
    private static IReadOnlyList<AidItem> Items(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2024, 5, 15)), "t.txt")).AidItems;

    [Fact]
    public void Provider_and_recipient_follow_the_sentence_not_the_most_named_state()
    {
        var item = Assert.Single(Items("Ukraine thanked its partners. Ukraine needs more. Ukraine asked for more. Norway sent helmets to Ukraine."));
        Assert.Equal(("Norway", "Ukraine"), (item.Provider, item.Recipient));
    }

    [Fact]
    public void Goods_bought_with_a_pledge_follow_its_giver_and_receiver()
    {
        var item = Assert.Single(Items("Poland is committing $40 million to help Ukraine's military buy artillery."));
        Assert.Equal(("Poland", "Ukraine"), (item.Provider, item.Recipient));
        Assert.NotEqual(AidItemStatus.Delivered, item.Status);
    }

    [Fact]
    public void Goods_in_a_purpose_clause_are_not_delivered()
    {
        var item = Assert.Single(Items("Lithuania donated $3 million to buy generators for Ukraine."));
        Assert.Equal("generators", item.Item);
        Assert.NotEqual(AidItemStatus.Delivered, item.Status);
    }

    [Fact]
    public void Goods_a_grant_is_to_support_are_not_delivered()
    {
        var item = Assert.Single(Items("Peru said it will allocate $4 million to support shipments of grain to Bolivia."));
        Assert.Equal(("grain", AidItemStatus.Unspecified), (item.Item, item.Status));
    }

    [Fact]
    public void Anti_tank_weapons_are_not_tanks()
    {
        var items = Items("Estonia delivered anti-tank weapons to Ukraine.");
        Assert.Equal("anti-tank weapons", Assert.Single(items).Item);
    }

    [Theory]
    [InlineData("Latvia sent drone-detection systems to Ukraine.")]
    [InlineData("Latvia sent counter-drone systems to Ukraine.")]
    public void Drone_detection_systems_are_not_drones(string text)
    {
        var item = Assert.Single(Items(text));
        Assert.Equal(("counter-drone systems", false), (item.Item, item.Lethal));
    }

    [Fact]
    public void A_request_makes_the_asker_the_recipient()
    {
        var item = Assert.Single(Items("Georgia asked Latvia for artillery."));
        Assert.Equal(("Latvia", "Georgia", AidItemStatus.Requested), (item.Provider, item.Recipient, item.Status));
    }
}
