using AidAnalysis.Frames.Parties;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>The light verb of a gift and the verb of receiving, read on tokens (LightVerbGift, ReceivingVerb); fixtures
/// written for these tests.</summary>
public class GiftVerbTokenTests
{
    private static readonly PartyWords Words = new(Lexicon.Default);

    private static (AnalysisDocument Doc, Span Sentence, Span Amount) Read(string text, string amount = "$4 million")
    {
        var start = text.IndexOf(amount, StringComparison.Ordinal);
        return (TestSupport.Process(text), new Span(0, text.Length), new Span(start, start + amount.Length));
    }

    [Theory]
    [InlineData("Varnia made a further donation of $4 million to Ostrava.", "made", FundingStatus.Delivered)]
    [InlineData("Varnia made a one-off $4 million grant to Ostrava.", "made", FundingStatus.Delivered)]
    [InlineData("Varnia made a $4 million humanitarian contribution.", "made", FundingStatus.Delivered)]
    [InlineData("Varnia will make a contribution of $4 million.", "make", FundingStatus.Pledged)]
    [InlineData("Varnia made a pledge of $4 million.", "made", FundingStatus.Pledged)]
    [InlineData("Varnia is making an emergency grant of $4 million.", "making", FundingStatus.Pledged)]
    public void A_light_verb_with_a_gift_noun_gives(string text, string verb, FundingStatus status)
    {
        var (doc, sentence, amount) = Read(text);
        var found = new LightVerbGift(Words).Find(doc.Tokens, sentence, amount);
        Assert.NotNull(found);
        Assert.Equal(verb, text[found.Value.Verb.Start..found.Value.Verb.End]);
        Assert.Equal(status, found.Value.Status);
    }

    [Theory]
    [InlineData("Varnia made a $4 million profit.")]
    [InlineData("Varnia made a study of $4 million in grants.")]
    [InlineData("Varnia made a  donation of $4 million.")]
    public void Without_a_gift_noun_in_place_there_is_no_light_verb(string text)
    {
        var (doc, sentence, amount) = Read(text);
        Assert.Null(new LightVerbGift(Words).Find(doc.Tokens, sentence, amount));
    }

    [Theory]
    [InlineData("The agency has received $4 million from Varnia.", "has received")]
    [InlineData("The agency said it received $4 million.", "received")]
    public void The_first_verb_of_receiving_is_found(string text, string verb)
    {
        var (doc, sentence, amount) = Read(text);
        var found = new ReceivingVerb(Words).First(doc.Tokens, new Span(sentence.Start, amount.Start));
        Assert.NotNull(found);
        Assert.Equal(verb, text[found.Value.Start..found.Value.End]);
        Assert.Null(new ReceivingVerb(Words).First(doc.Tokens, new Span(amount.End, sentence.End)));
    }
}
