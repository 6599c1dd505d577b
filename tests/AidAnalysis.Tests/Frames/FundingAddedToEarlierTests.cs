using AidAnalysis.Model;

namespace AidAnalysis.Tests.Frames;

/// <summary>The amount the news is added to ("comes on top of", "in addition to", "adds to") is earlier money told as
/// background (SCHEMA.md `previous`), so it is not counted as the article's new money; invented fixtures.</summary>
public class FundingAddedToEarlierTests
{
    private static ArticleAnalysis Analyze(string text) =>
        TestSupport.Pipeline.Analyze(Article.FromText("Aid\n\n" + text, new ArticleMetadata(Title: "Aid", Published: new DateOnly(2025, 3, 10)), "t.txt"));

    private static FundingStatus StatusOf(ArticleAnalysis a, string amountText) => a.Funding.Single(f => f.AmountText == amountText).Status;

    private static string[] Counted(ArticleAnalysis a) => a.Funding.Where(f => f.Counted).Select(f => f.AmountText).ToArray();

    [Theory]
    [InlineData("Lorvania will provide an extra £1.2bn to Osterlich. It comes on top of the £3bn ministers have promised to the region.", "£3bn", "£1.2bn")]
    [InlineData("Brevia pledged $40 million for Osterlich on Monday, in addition to the roughly $25 million it gave in the spring.", "$25 million", "$40 million")]
    [InlineData("Brevia's new €8 million grant for Osterlich is on top of the nearly €20 million it pledged at a donor conference.", "€20 million", "€8 million")]
    [InlineData("On Friday the agency said the CHF 6 million it will release comes, as planned, on top of CHF 10 million the council approved.", "CHF 10 million", "CHF 6 million")]
    public void Money_the_news_is_added_to_is_earlier_money_and_not_counted(string text, string earlier, string news)
    {
        var a = Analyze(text);
        Assert.Equal(FundingStatus.Previous, StatusOf(a, earlier));
        Assert.Contains(news, Counted(a));
        Assert.DoesNotContain(earlier, Counted(a));
    }

    [Fact]
    public void A_sentence_opening_with_in_addition_to_lists_more_news_and_other_amounts_keep_their_status()
    {
        // The cue opens the sentence: one more line of the news.
        Assert.Equal(FundingStatus.Pledged, StatusOf(Analyze("In addition to $5 million for food, Brevia will give $3 million for tents in Osterlich."), "$5 million"));
        // No added-to cue: "top" names a rank.
        Assert.Equal(FundingStatus.Pledged, StatusOf(Analyze("Brevia, the top donor, will give $9 million to Osterlich."), "$9 million"));
    }
}
