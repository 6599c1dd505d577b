using AidAnalysis.Frames.Parties;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>Where a later sentence names the channel of earlier money, read on tokens; sentences written for the tests.</summary>
public class LaterChannelsTests
{
    private static readonly LaterChannels Reader = new(new PartyWords(Lexicon.Default));

    private static int? ChannelFrom(string sentence) =>
        Reader.ChannelFrom(new Tokenizer(Lexicon.Default).Tokenize(sentence, []).Tokens, new Span(0, sentence.Length));

    [Theory]
    [InlineData("The funds will be channelled through the Freedonia Relief Trust.", "through")]
    [InlineData("The grant is to be disbursed by the trust and delivered via partners.", "via")]
    [InlineData("Its aid was provided to the trust.", "to")]
    public void The_channel_follows_the_last_preposition(string sentence, string preposition) =>
        Assert.Equal(sentence.LastIndexOf(preposition, StringComparison.Ordinal) + preposition.Length, ChannelFrom(sentence));

    [Theory]
    [InlineData("The Funds will be channelled through the trust.")]
    [InlineData("The funds will be Channelled through the trust.")]
    [InlineData("The funds. They will be channelled through the trust.")]
    [InlineData("The funds, as the minister said at length in the capital, were channelled through the trust.")]
    [InlineData("The funds will be channelled  through the trust.")]
    [InlineData("The fundsx will be channelled through the trust.")]
    public void No_channel_without_the_pattern(string sentence) => Assert.Null(ChannelFrom(sentence));
}
