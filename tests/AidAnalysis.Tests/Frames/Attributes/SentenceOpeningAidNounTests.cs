using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Attributes;

/// <summary>An aid noun capitalised only because it opens the sentence makes the sentence about aid as its lower-case form
/// does ("Support to X totals $Y" as "The support to X totals $Y": a level already in place, previous); a capitalised word
/// inside the sentence is a name, and a word that is no aid noun stays none. Sentences written for the tests.</summary>
public class SentenceOpeningAidNounTests
{
    private static readonly ArticleMetadata Published = new(Published: new DateOnly(2026, 3, 10));

    private static FundingStatus StatusOf(string text) =>
        Assert.Single(TestSupport.Pipeline.Analyze(Article.FromText(text, Published, "t.txt")).Funding).Status;

    [Theory]
    [InlineData("Support to Moldova since 2022 totals more than $3 billion.")]
    [InlineData("Contributions from Japan reached $12 million.")]
    [InlineData("\"Assistance to the camps stood at about $40 million,\" the director said.")]
    public void A_sentence_opening_aid_noun_makes_aid_context(string text) => Assert.Equal(FundingStatus.Previous, StatusOf(text));

    [Theory]
    [InlineData("The report by Support Group International said reserves stood at $3 billion.")]
    [InlineData("Packages from the courier firm were worth $2 million.")]
    public void Names_and_other_words_make_no_aid_context(string text) => Assert.Equal(FundingStatus.Unspecified, StatusOf(text));
}
