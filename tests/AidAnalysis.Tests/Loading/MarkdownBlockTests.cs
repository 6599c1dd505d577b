using AidAnalysis.Model;

namespace AidAnalysis.Tests.Loading;

/// <summary>Markdown section headings and block quotes read as their printed form means. Invented pages.</summary>
public sealed class MarkdownBlockTests : IDisposable
{
    private readonly TempArticles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("## What donors say")]
    [InlineData("### What the ministry said")]
    [InlineData("#### Why aid groups warn")]
    public void A_markdown_section_heading_is_no_claim(string heading)
    {
        var analysis = _files.Analyze("a.md", $"# Pumps for Valdoria\n\n{heading}\n\nHospitals were running out of water, the Valdorian Red Cross said.\n");
        Assert.Equal("Pumps for Valdoria", analysis.Article.Metadata.Title);
        Assert.Single(analysis.Claims);
        Assert.DoesNotContain(heading.TrimStart('#', ' '), analysis.Article.Text);
    }

    [Theory]
    // Not a heading: no space after the marks, or the body's first line (the headline).
    [InlineData("#ValdoriaFloods trended all week.\n\nNordland sent pumps.\n", "#ValdoriaFloods trended")]
    [InlineData("## Pumps for Valdoria\n\nNordland sent pumps.\n", "Pumps for Valdoria")]
    public void Hashtags_and_a_leading_heading_stay(string md, string kept) =>
        Assert.Contains(kept, _files.Load("b.md", md).Text);

    [Fact]
    public void A_markdown_block_quote_is_quoted_paragraph_by_paragraph()
    {
        var article = _files.Load("c.md", "# Pumps\n\nMinister Tove Ekdal said:\n\n> Valdoria has waited too long.\n>\n> Pumps alone will not be enough.\n\nThe pumps leave on Monday.\n");
        Assert.Contains("“Valdoria has waited too long.”\n\n“Pumps alone will not be enough.”", article.Text);
        Assert.DoesNotContain(">", article.Text);
        var claims = TestSupport.Pipeline.Analyze(article).Claims;
        Assert.Contains(claims, c => c.Speaker == "Tove Ekdal" && c.Text.Contains("waited too long", StringComparison.Ordinal));
        Assert.Contains(claims, c => c.Speaker == "Tove Ekdal" && c.Text.Contains("not be enough", StringComparison.Ordinal));
    }

    [Theory]
    // An already quoted block keeps its marks; a ">" inside a line is no block quote.
    [InlineData("# Pumps\n\n> “We need pumps,” she said.\n", "“We need pumps,” she said.")]
    [InlineData("# Pumps\n\nDemand was > 40 pumps a day.\n", "Demand was > 40 pumps a day.")]
    public void Quoted_blocks_and_inline_marks_are_kept(string md, string kept) =>
        Assert.Contains(kept, _files.Load("d.md", md).Text);
}
