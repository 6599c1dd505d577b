using AidAnalysis.Model;

namespace AidAnalysis.Tests.Text;

/// <summary>Sentences, and the wire dateline that opens a paragraph as a sentence of its own; fixtures written for these tests.</summary>
public class SentenceSegmenterTests
{
    private static string[] Sentences(string text)
    {
        var document = TestSupport.Process(text);
        return document.Sentences.Select(s => text[s.Span.Start..s.Span.End]).ToArray();
    }

    [Theory]
    [InlineData("OSLO, June 3 (Wire) - Norway will give $5 million to Chad.", "OSLO, June 3 (Wire) -")]
    [InlineData("LIMA (Wire) — Peru asked for help on Friday.", "LIMA (Wire) —")]
    [InlineData("QUITO, Ecuador (Wire) — The ministry said aid had arrived.", "QUITO, Ecuador (Wire) —")]
    [InlineData("SANTIAGO — Chile sent two planes of supplies.", "SANTIAGO —")]
    public void A_wire_dateline_opening_a_paragraph_is_a_sentence_of_its_own(string text, string dateline)
    {
        var sentences = Sentences(text);
        Assert.Equal(dateline, sentences[0]);
        Assert.Equal(text[(dateline.Length + 1)..], sentences[1]);
    }

    [Theory]
    [InlineData("Chile - a long-time donor - sent two planes.")]
    [InlineData("Aid arrived on Monday. More will follow.")]
    public void A_sentence_with_a_dash_is_not_a_dateline(string text) =>
        Assert.DoesNotContain(Sentences(text), s => s.EndsWith('-') || s.EndsWith('—'));

    [Fact]
    public void The_credited_agency_is_neither_the_speaker_nor_the_donor_of_the_lead_sentence()
    {
        var analysis = TestSupport.Analyze("TUNIS, May 2 (Wire Service) - Norway said on Thursday it would give $10 million to UNICEF.");
        Assert.Equal("Norway", Assert.Single(analysis.Claims).Speaker);
        Assert.Equal("Norway", Assert.Single(analysis.Funding).Donor);
    }
}
