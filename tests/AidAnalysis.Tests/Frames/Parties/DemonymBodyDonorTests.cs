using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames.Parties;

/// <summary>A demonym before a state's ministry or legislature ("the Xian foreign ministry will provide", "Xian lawmakers approved")
/// names the state as the donor of money a cue of giving governs; sentences written for the tests.</summary>
public class DemonymBodyDonorTests
{
    private static readonly DateOnly March2025 = new(2025, 3, 4);

    private static FundingFigure Figure(string text, string amount) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: March2025), "t.txt")).Funding
            .Single(f => f.AmountText == amount);

    [Theory]
    [InlineData("The German foreign ministry will provide 10 million euros to Sudan.", "10 million euros", "Germany")]
    [InlineData("The Dutch foreign ministry said it would provide 10 million euros to Sudan.", "10 million euros", "Netherlands")]
    [InlineData("British lawmakers approved an extra £1.2bn for Ukraine.", "£1.2bn", "United Kingdom")]
    [InlineData("Earlier, the Danish development ministry had allocated DKK 50 million for refugees in Chad.", "DKK 50 million", "Denmark")]
    public void A_demonyms_ministry_or_legislature_gives_for_its_state(string sentence, string amount, string donor) =>
        Assert.Equal(donor, Figure("Aid news\n\n" + sentence, amount).Donor);

    [Theory]
    [InlineData("The Sudanese finance ministry said rebuilding would cost at least $150 billion.", "$150 billion", null)]
    [InlineData("The Kenyan health ministry received $2 million from Japan.", "$2 million", "Japan")]
    public void A_demonyms_body_gives_nothing_it_only_speaks_of_or_receives(string sentence, string amount, string? donor) =>
        Assert.Equal(donor, Figure("Aid news\n\n" + sentence, amount).Donor);
}
