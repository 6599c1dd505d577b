using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Status cues and the direction of goods (aid-item-words.tsv): the subject of "received"/"needs" receives,
/// the party after "from" gives, and the source after "told"/"according to" is no party.</summary>
public class AidItemDirectionTests
{
    private static AidItem Item(string text) => TestSupport.Process("Aid\n\n" + text).AidItems[0];

    [Theory]
    [InlineData("Malawi received 300 tonnes of flour from Japan last week.", "Japan", "Malawi")]
    [InlineData("Last week, Peru took delivery of 20 water pumps from Chile.", "Chile", "Peru")]
    [InlineData("Malawi, hit by floods, has received blankets from Japan.", "Japan", "Malawi")]
    public void The_subject_of_a_receipt_receives_and_the_party_after_from_gives(string text, string provider, string recipient)
    {
        var item = Item(text);
        Assert.Equal((provider, recipient, AidItemStatus.Delivered), (item.Provider, item.Recipient, item.Status));
    }

    [Theory]
    [InlineData("Kenya had asked Japan for more tents, two officials told Reuters.", "Japan")]
    [InlineData("Chile sent 40 generators to Arequipa, according to the Red Cross.", "Chile")]
    public void The_source_of_the_report_is_no_party(string text, string provider) => Assert.Equal(provider, Item(text).Provider);

    [Fact]
    public void The_subject_of_a_need_receives()
    {
        var item = Item("Peru needs 100,000 more tents, the minister said.");
        Assert.Equal((null, "Peru"), (item.Provider, item.Recipient));
    }

    [Theory]
    [InlineData("Chile is to send 40 generators to Peru.", AidItemStatus.Pledged)]
    [InlineData("Chile plans to send 40 generators to Peru.", AidItemStatus.Pledged)]
    [InlineData("The tents, to be delivered through the Chilean Red Cross, will reach Peru next month.", AidItemStatus.Pledged)]
    [InlineData("Chile has handed over 40 generators to Peru.", AidItemStatus.Delivered)]
    [InlineData("Chile dispatched 5,000 tarpaulins to Peru on Tuesday.", AidItemStatus.Delivered)]
    public void Future_and_handover_verbs_give_the_status(string text, AidItemStatus status) => Assert.Equal(status, Item(text).Status);

    [Fact]
    public void The_noun_needs_gives_no_status() =>
        Assert.Equal(AidItemStatus.Pledged, Item("Chile will assess basic needs and will provide shelter to Peru.").Status);

    [Fact]
    public void The_subject_after_said_still_gives() =>
        Assert.NotNull(Item("Officials said the Red Cross had delivered 40 generators to Peru.").Provider);
}
