using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>"Of the total, $X will go to ...": the parts of an announcement continue the announced figure when a quote stands
/// between them; sentences written for the tests.</summary>
public class FundingListPartsTests
{
    private static readonly DateOnly May2025 = new(2025, 5, 14);

    private static IReadOnlyList<FundingFigure> Funding(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: May2025), "t.txt")).Funding;

    [Fact]
    public void Parts_after_a_quote_continue_the_announced_figure()
    {
        var funding = Funding("Oman sends aid to Yemen\n\nOman has pledged $80m in emergency aid for Yemen's flood victims.\n\n"
            + "\"Our neighbours can count on us,\" the fund's director told reporters.\n\n"
            + "Of the total, $30m will go to UNICEF for clinics and $20m to local water boards.\n");
        var part = funding.Single(f => f.AmountText == "$30m");
        Assert.Equal((FundingStatus.Pledged, AidType.Humanitarian), (part.Status, part.AidType));
    }

    [Fact]
    public void Parts_after_a_paragraph_of_comment_continue_the_announced_figure()
    {
        var funding = Funding("Kuwait funds Sudan relief\n\nKuwait will provide 12 million dinars in relief for Sudan, its development fund said.\n\n"
            + "Aid officials said the needs in Darfur were growing faster than supplies could arrive.\n\n"
            + "Of this, 5 million dinars will go to the World Food Programme for food.\n");
        var part = funding.Single(f => f.AmountText == "5 million dinars");
        Assert.Equal((FundingStatus.Pledged, 2025), (part.Status, part.Year));
    }
}
