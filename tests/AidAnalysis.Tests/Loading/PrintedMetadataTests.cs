using AidAnalysis.Model;

namespace AidAnalysis.Tests.Loading;

/// <summary>The byline, date and agency credit a pasted text prints fill the article metadata its file leaves empty; a date
/// given by the caller wins. Invented articles.</summary>
public sealed class PrintedMetadataTests
{
    private static ArticleMetadata Printed(string text, DateOnly? published = null) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Title: "Aid", Published: published), "t.txt")).Article.Metadata;

    [Fact]
    public void A_byline_line_names_the_author()
    {
        var metadata = Printed("Aid\n\nBy Tove Ekdal\n\nNordland will send 40 water pumps to Valdoria, the ministry said.\n");
        Assert.Equal("Tove Ekdal", metadata.Author);
    }

    [Fact]
    public void A_byline_after_the_agency_credit_names_author_and_source()
    {
        var metadata = Printed("Aid\n\nPORTVALE, Valdoria (AP) — By Tove Ekdal, Associated Press\n\nNordland sent 40 water pumps, the governor said.\n");
        Assert.Equal("Tove Ekdal", metadata.Author);
        Assert.Equal("Associated Press", metadata.Source);
    }

    [Fact]
    public void A_wire_dateline_credit_names_the_source()
    {
        var metadata = Printed("Aid\n\nPORTVALE, Valdoria (Reuters) - Nordland has pledged 40 water pumps to Valdoria, officials said.\n");
        Assert.Equal("Reuters", metadata.Source);
    }

    [Theory]
    [InlineData("Aid\n\nPORTVALE, March 4, 2031 10:15 GMT\n\nNordland has pledged 40 water pumps to Valdoria.\n")]
    [InlineData("Aid\n\nPublished 4 March 2031\n\nNordland has pledged 40 water pumps to Valdoria.\n")]
    [InlineData("Aid\n\nTue 4 Mar 2031 14.02 GMT\n\nNordland has pledged 40 water pumps to Valdoria.\n")]
    public void A_date_printed_at_the_top_is_the_publication_date(string text) =>
        Assert.Equal(new DateOnly(2031, 3, 4), Printed(text).Published);

    [Fact]
    public void A_given_date_wins_over_the_printed_one() =>
        Assert.Equal(new DateOnly(2030, 1, 2),
            Printed("Aid\n\nPORTVALE, March 4, 2031\n\nNordland has pledged 40 water pumps.\n", new DateOnly(2030, 1, 2)).Published);

    [Theory]
    // A credit and an agency the story mentions are no byline and no source.
    [InlineData("Aid\n\nNordland sent 40 water pumps to Valdoria, according to a report by Tove Ekdal. Reuters could not confirm it.\n")]
    [InlineData("Aid\n\nPhoto by Tove Ekdal\n\nNordland sent 40 water pumps to Valdoria, the AP reported.\n")]
    public void Names_in_the_story_or_a_photo_credit_are_no_author_or_source(string text)
    {
        var metadata = Printed(text);
        Assert.Null(metadata.Author);
        Assert.Null(metadata.Source);
    }

    [Fact]
    public void A_date_far_into_the_story_is_no_publication_date() =>
        Assert.Null(Printed("Aid\n\n" + string.Concat(Enumerable.Repeat("Nordland has sent water pumps to Valdoria. ", 12))
            + "The next shipment is due on March 4, 2031.\n").Published);
}
