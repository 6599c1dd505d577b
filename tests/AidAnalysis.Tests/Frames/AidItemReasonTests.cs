using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>"received praise from Chile for the tents it sent": a reason marker between a receipt verb and the item makes
/// the item the reason of what was received, so the subject does not receive it (aid-item-words.tsv, reason-marker).
/// Invented sentences.</summary>
public class AidItemReasonTests
{
    private static AidItem Item(string text) => TestSupport.Process("Aid\n\n" + text).AidItems[0];

    [Theory]
    [InlineData("Malawi received thanks from Zambia for the tents it delivered.", "Malawi")]
    [InlineData("Bolivia received criticism over the generators, which arrived late.", "Bolivia")]
    [InlineData("Last year Ecuador received, from Peru, praise for the 40 water pumps it shipped.", "Ecuador")]
    public void The_subject_praised_for_the_goods_does_not_receive_them(string text, string subject) =>
        Assert.NotEqual(subject, Item(text).Recipient);

    [Theory]
    [InlineData("Peru received 500 tents from Chile for its camps.", "Chile", "Peru")]
    [InlineData("Malawi received 300 blankets from Japan last week.", "Japan", "Malawi")]
    public void Goods_received_before_a_purpose_keep_their_direction(string text, string provider, string recipient)
    {
        var item = Item(text);
        Assert.Equal((provider, recipient), (item.Provider, item.Recipient));
    }
}
