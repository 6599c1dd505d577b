using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>Lines of a list a colon introduces, without bullet markers, are lines of the announcement above them; sentences
/// written for the tests.</summary>
public class FundingColonListTests
{
    private const string Release = "Finland gives EUR 9 million for Yemen\n\nPress release, 3 June 2025\n\n"
        + "The Finnish government is providing EUR 9 million in new humanitarian aid to people affected by the war in Yemen.\n\n"
        + "The funding is divided as follows:\n\n"
        + "EUR 5 million to UNICEF for emergency nutrition assistance in Hodeidah\n"
        + "EUR 4 million to the Finnish Red Cross for clinics in Aden\n\n"
        + "The minister said the needs were growing.\n";

    [Theory]
    [InlineData("EUR 5 million")]
    [InlineData("EUR 4 million")]
    public void An_unmarked_list_line_continues_the_announcement(string amount)
    {
        var line = TestSupport.Pipeline.Analyze(Article.FromText(Release, new ArticleMetadata(Published: new DateOnly(2025, 6, 3)), "t.txt"))
            .Funding.Single(f => f.AmountText == amount);
        Assert.Equal((FundingStatus.Pledged, 2025, AidType.Humanitarian, "Finland"), (line.Status, line.Year, line.AidType, line.Donor));
    }
}
