using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>A described recipient that the reach around the amount cuts ends with its last whole word, never inside one;
/// sentences written for the tests.</summary>
public class DescribedWholeWordsTests
{
    private static readonly DateOnly February2026 = new(2026, 2, 14);

    private static FundingFigure First(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: February2026), "t.txt")).Funding[0];

    /// <summary>The fillers move where the reach ends: inside a place name, inside "and", inside a common noun.</summary>
    [Theory]
    [InlineData("additional", "Mozambique and Malawi")]
    [InlineData("new", "Mozambique and Malawi")]
    [InlineData("urgent new", "Tarvia and Ostland")]
    [InlineData("additional", "the Borvo valley")]
    [InlineData("new", "the Borvo valley")]
    public void A_cut_description_ends_on_a_whole_word(string filler, string place)
    {
        var text = $"Denmark allocates funds\n\nThe Danish Government is allocating DKK 90 million (EUR 12 million) in {filler} humanitarian "
                   + $"assistance to families displaced by the floods in {place}.\n";
        var recipient = First(text).Recipient;
        Assert.NotNull(recipient);
        var at = text.IndexOf(recipient, StringComparison.Ordinal);
        Assert.True(at >= 0 && !char.IsLetter(text[at + recipient.Length]), recipient);
    }

    /// <summary>Near-misses: a description within reach keeps all its words, and one cut before its place keeps its head.</summary>
    [Theory]
    [InlineData("The Danish Government is allocating DKK 90 million in aid to families displaced by the floods in Tarvia.", "families displaced by the floods in Tarvia")]
    [InlineData("The Danish Government is allocating DKK 90 million (EUR 12 million) in extra emergency humanitarian assistance to families displaced by the floods in Tarvia.", "families displaced by the floods")]
    public void A_description_the_reach_does_not_cut_inside_a_word_is_kept(string sentence, string expected) =>
        Assert.Equal(expected, First("Denmark allocates funds\n\n" + sentence + "\n").Recipient);
}
