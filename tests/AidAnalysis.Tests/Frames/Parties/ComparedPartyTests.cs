using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>A party a giver is ranked or likened against ("the second-largest donor after X", "behind X", "like X") is no agent of
/// the verb of giving after it. Sentences written for the tests.</summary>
public class ComparedPartyTests
{
    private static string? DonorOf(string sentence) =>
        TestSupport.Pipeline.Analyze(Article.FromText("Aid\n\n" + sentence, new ArticleMetadata(Published: new DateOnly(2025, 6, 12)), "t.txt"))
            .Funding.Single().Donor;

    [Theory]
    [InlineData("Germany remains the second-largest humanitarian donor after the United States, having provided €2.7 billion in 2023.", "Germany")]
    [InlineData("Norway, ranked just behind Sweden in the index, has given NOK 500 million to Sudan.", "Norway")]
    [InlineData("Denmark, like Finland, has provided DKK 300 million to Ukraine this year.", "Denmark")]
    [InlineData("Japan, which sent rescue teams after the earthquake in Turkey, has given $5 million to Syria.", "Japan")]
    public void The_compared_party_does_not_give(string sentence, string donor) => Assert.Equal(donor, DonorOf(sentence));

    [Theory]
    [InlineData("After Sweden, Norway has given NOK 500 million to Sudan.", "Norway")]
    [InlineData("Like Finland, Denmark has provided DKK 300 million to Ukraine.", "Denmark")]
    public void The_party_right_before_its_verb_gives(string sentence, string donor) => Assert.Equal(donor, DonorOf(sentence));
}
