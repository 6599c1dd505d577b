using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Aid-type words from the OECD DAC purpose codes (health care, immunisation, rations), OCHA appeal wording and
/// IMF facility names; sentences written for the tests.</summary>
public class FundingAidTypeLexiconTests
{
    private static FundingFigure Only(string text) =>
        Assert.Single(TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: new DateOnly(2025, 2, 3)), "t.txt")).Funding);

    [Theory]
    [InlineData("Norway will give $14 million to Togo for routine immunisation of children.", AidType.Humanitarian)]
    [InlineData("Denmark will give $6 million to Chad to pay for food rations in the camps.", AidType.Humanitarian)]
    [InlineData("Agencies launched a $33 million flash appeal for Laos.", AidType.Humanitarian)]
    [InlineData("The IMF approved $210 million for Zambia under its Extended Credit Facility.", AidType.Financial)]
    public void Purpose_words_name_the_aid_type(string text, AidType type) => Assert.Equal(type, Only(text).AidType);
}
