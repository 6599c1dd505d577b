using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests.Context;

/// <summary>The document's one dateline, read by the context stage, in each form it is written in.</summary>
public class DatelineReaderTests
{
    private static AnalysisDocument Analyse(string text) =>
        AnalysisPipeline.Default.Process(Article.FromText(text, new ArticleMetadata(Title: "Aid talks"), "fixture.txt"));

    [Theory]
    [InlineData("Aid talks\nOSLOVIA, May 26 (Newswire) - The fund will open.", "OSLOVIA, May 26 (Newswire) - ", "OSLOVIA, May 26 (Newswire) - ")]
    [InlineData("Aid talks\nOslovia, May 26 - The fund will open.", "Oslovia, May 26 - ", "")]
    [InlineData("Aid talks\nKARACHI: The fund will open.", "", "KARACHI: ")]
    [InlineData("Aid talks\nBy Ann Lee\nKARACHI - The fund will open.", "", "KARACHI - ")]
    [InlineData("Aid talks\nThe fund will open.", "", "")]
    public void The_dateline_is_read_once_in_each_form(string text, string wire, string capitals)
    {
        var dateline = Analyse(text).Context.Dateline;
        Assert.Equal((wire, capitals), (text[dateline.Wire.Start..dateline.Wire.End], text[dateline.Capitals.Start..dateline.Capitals.End]));
    }

    [Fact]
    public void The_headline_opens_no_dateline() =>
        Assert.Equal(default, Analyse("OSLOVIA - Aid talks\nThe fund will open.").Context.Dateline.Capitals);

    [Theory]
    [InlineData("Aid talks\nLusaka (Newswire) – The fund for Zambia will open.", "Lusaka (Newswire) –", "Zambia")]
    [InlineData("Aid talks\nLusaka (Newswire) - The fund will open.", "Lusaka (Newswire) -", null)]
    [InlineData("Aid talks\nLusaka said the fund for Zambia will open.", "", null)]
    public void A_place_credited_to_an_agency_is_the_credit_form_and_its_state_counts_when_named_again(string text, string credit, string? state)
    {
        var dateline = Analyse(text).Context.Dateline;
        Assert.Equal((credit, state), (text[dateline.Credit.Start..dateline.Credit.End], dateline.State));
    }
}
