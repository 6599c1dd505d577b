using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>A multi-year pledge that the story leads with is its news, not the programme its other figures come under;
/// sentences written for the tests.</summary>
public class FundingMultiYearLeadTests
{
    [Fact]
    public void A_multi_year_pledge_told_first_is_pledged_and_counted()
    {
        var analysis = TestSupport.Pipeline.Analyze(Article.FromText("Spain will provide 300 million euros in financing to Africa over the next three years, "
            + "the minister announced on Monday. Separately, Spain approved 5 million euros in emergency food aid for Chad.",
            new ArticleMetadata(Published: new DateOnly(2025, 3, 4)), "t.txt"));
        var lead = analysis.Funding.Single(f => f.AmountText == "300 million euros");
        Assert.Equal((FundingStatus.Pledged, true), (lead.Status, lead.Counted));
    }
}
