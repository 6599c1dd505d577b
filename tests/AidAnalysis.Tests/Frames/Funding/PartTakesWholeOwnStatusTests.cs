using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>PartTakesWholeStatus leaves alone a part that tells its own status and a headline figure restating the body's;
/// fixtures written for these tests.</summary>
public class PartTakesWholeOwnStatusTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<FundingFigure> Figures(string text, string? title = null) =>
        TestSupport.Pipeline.Analyze(Article.FromText(title is null ? text : title + "\n\n" + text,
            new ArticleMetadata(Title: title, Published: Published), "t.txt")).Funding;

    [Fact]
    public void A_part_with_its_own_status_keeps_it()
    {
        var figures = Figures("The Varnian government pledged $900 million to Ostrava on Tuesday. Of the total, $600 million was disbursed on Wednesday.");
        var whole = figures.Single(f => f.AmountText == "$900 million");
        var part = figures.Single(f => f.AmountText == "$600 million");
        Assert.Equal(FundingStatus.Pledged, whole.Status);
        Assert.Equal(whole.Id, part.PartOfId);
        Assert.Equal(FundingStatus.Delivered, part.Status);
    }

    [Fact]
    public void A_headline_restatement_keeps_its_own_status()
    {
        var figures = Figures("The Varnian government disbursed $1.05 billion to Ostrava on Tuesday.", "Over $1 billion for Ostrava");
        var body = figures.Single(f => f.AmountText == "$1.05 billion");
        var headline = figures.Single(f => f.AmountText == "$1 billion");
        Assert.Equal(FundingStatus.Delivered, body.Status);
        Assert.Equal(body.Id, headline.PartOfId);
        Assert.Equal(FundingStatus.Unspecified, headline.Status);
    }
}
