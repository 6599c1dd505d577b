using AidAnalysis.Model;
using AidAnalysis.Context;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests.Context;

/// <summary>The dateline is sought from the body's first paragraph (the first of the text when the article has no title),
/// each form on its own.</summary>
public class DatelineBodyStartTests
{
    private static Dateline Read(string text, string? title) =>
        AnalysisPipeline.Default.Process(Article.FromText(text, new ArticleMetadata(Title: title), "fixture.txt")).Context.Dateline;

    private static string Capitals(string text, string? title) => Read(text, title) is var d ? text[d.Capitals.Start..d.Capitals.End] : "";

    [Fact]
    public void A_text_without_a_title_is_sought_from_its_first_paragraph() =>
        Assert.Equal("KARACHI: ", Capitals("KARACHI: The fund will open.", null));

    [Fact]
    public void A_titled_text_opens_with_its_headline() =>
        Assert.Equal("", Capitals("KARACHI: Aid talks\nThe fund will open.", "Aid talks"));

    [Fact]
    public void A_wire_dateline_does_not_hide_a_later_capitals_one()
    {
        const string text = "Aid talks\nOslovia, May 26 - The fund will open.\nKARACHI: The fund opened.";
        var dateline = Read(text, "Aid talks");
        Assert.Equal(("Oslovia, May 26 - ", "KARACHI: "), (text[dateline.Wire.Start..dateline.Wire.End], text[dateline.Capitals.Start..dateline.Capitals.End]));
    }
}
