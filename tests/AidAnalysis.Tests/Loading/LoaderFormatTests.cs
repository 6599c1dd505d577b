using System.Text;
using AidAnalysis.Loading;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Loading;

/// <summary>Inputs that used to be misread: UTF-16, old Mac line ends, HTML lists and tables, front matter on
/// standard input, and metadata beside a plain-text file.</summary>
public sealed class LoaderFormatTests : IDisposable
{
    private const string Fixture = "Relief for Moldova\n\nThe Danish government pledged $4 million to Moldova, the ministry said.\nOfficials in Chisinau welcomed the aid.\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("aid-formats-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16_files_are_decoded(string kind)
    {
        var bigEndian = kind.StartsWith("utf-16be", StringComparison.Ordinal);
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetBytes(Fixture);
        if (kind.EndsWith("bom", StringComparison.Ordinal)) bytes = [.. encoding.GetPreamble(), .. bytes];
        var article = new ArticleLoader().Load(WriteBytes("a.txt", bytes));
        Assert.Equal(Fixture, article.Text);
        Assert.Equal("Relief for Moldova", article.Metadata.Title);
    }

    [Fact]
    public void Binary_with_scattered_nul_bytes_is_still_refused()
    {
        var error = Assert.Throws<ArticleLoadException>(() => new ArticleLoader().Load(WriteBytes("b.txt", [0x41, 0x00, 0x00, 0x42, 0x43, 0x44])));
        Assert.Contains("binary", error.Message);
    }

    [Fact]
    public void Cr_only_line_ends_give_the_same_analysis_with_offsets_into_the_loaded_text()
    {
        var lf = new ArticleLoader().Load(WriteBytes("lf.txt", Encoding.UTF8.GetBytes(Fixture)));
        var cr = new ArticleLoader().Load(WriteBytes("cr.txt", Encoding.UTF8.GetBytes(Fixture.Replace('\n', '\r'))));
        Assert.Equal(Fixture.Length, cr.Text.Length);
        Assert.Equal(lf.Metadata.Title, cr.Metadata.Title);
        var (a, b) = (TestSupport.Pipeline.Analyze(lf), TestSupport.Pipeline.Analyze(cr));
        Assert.Equal(a.Funding.Select(f => (f.AmountText, f.Span, f.Donor)), b.Funding.Select(f => (f.AmountText, f.Span, f.Donor)));
        Assert.Equal(a.Actors.Select(x => x.Name), b.Actors.Select(x => x.Name));
        Assert.Equal(a.Claims.Select(c => c.Span), b.Claims.Select(c => c.Span));
        TestSupport.AssertSpansValid(b);
    }

    [Fact]
    public void Html_list_items_and_table_cells_stay_apart_and_the_h1_is_the_title()
    {
        var paragraph = string.Concat(Enumerable.Repeat("The Danish government said it will send winter aid to Moldova this year. ", 4));
        var html = $"<html><head><title>Example Wire | World news</title></head><body><article><h1>Denmark and Norway send aid</h1><p>{paragraph}</p>"
            + "<ul><li>$10 million</li><li>Norway</li></ul><table><tr><td>$3 million</td><td>Denmark</td></tr></table>"
            + $"<p>{paragraph}</p></article></body></html>";
        var article = new ArticleLoader().Load(WriteBytes("c.html", Encoding.UTF8.GetBytes(html)));
        Assert.Equal("Denmark and Norway send aid", article.Metadata.Title);
        Assert.DoesNotContain("millionNorway", article.Text);
        Assert.DoesNotContain("million Norway", article.Text);
        Assert.DoesNotContain("million Denmark", article.Text);
        Assert.Contains("$10 million\nNorway", article.Text);
    }

    [Fact]
    public void A_short_html_story_keeps_only_its_article_not_navigation_related_links_or_footer()
    {
        var html = "<html><head><title>Aid for Tonga | Example Wire</title></head><body><nav><a href=\"/\">Home</a> | <a href=\"/pacific\">Pacific</a></nav>"
            + "<article><h1>Aid for Tonga</h1><p>WELLINGTON - New Zealand will send water tanks and generators to Tonga, the foreign ministry said.</p>"
            + "<p>The first flight leaves on Friday, a spokeswoman said.</p>"
            + "<div class=\"related\">Related: <a href=\"/x\">Volcano ash closes airport</a></div></article>"
            + "<footer>Copyright Example Wire. All rights reserved.</footer></body></html>";
        var article = new ArticleLoader().Load(WriteBytes("short.html", Encoding.UTF8.GetBytes(html)));
        Assert.Contains("New Zealand will send water tanks", article.Text);
        Assert.Contains("a spokeswoman said", article.Text);
        Assert.DoesNotContain("Volcano ash", article.Text);
        Assert.DoesNotContain("Home", article.Text);
        Assert.DoesNotContain("Copyright", article.Text);
    }

    [Fact]
    public void Standard_input_with_front_matter_is_read_as_markdown()
    {
        var md = "---\ntitle: Relief for Moldova\npublished: 2024-03-05\n---\nThe **Danish** government pledged $4 million.\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(md));
        var article = new ArticleLoader().Load(stream, "<stdin>");
        Assert.Equal("Relief for Moldova", article.Metadata.Title);
        Assert.Equal(new DateOnly(2024, 3, 5), article.Metadata.Published);
        Assert.DoesNotContain("---", article.Text);
    }

    [Fact]
    public void A_sidecar_gives_a_text_file_its_metadata_and_overrides_still_win()
    {
        var path = WriteBytes("d.txt", Encoding.UTF8.GetBytes(Fixture));
        File.WriteAllText(Path.Combine(_dir, "d.meta.json"), """{"source": "Example Wire", "published": "2023-10-02"}""");
        var article = new ArticleLoader().Load(path);
        Assert.Equal("Example Wire", article.Metadata.Source);
        Assert.Equal(new DateOnly(2023, 10, 2), article.Metadata.Published);
        Assert.Equal("Relief for Moldova", article.Metadata.Title);
        var overridden = new ArticleLoader().Load(path, new ArticleMetadata(Published: new DateOnly(2020, 1, 1)));
        Assert.Equal(new DateOnly(2020, 1, 1), overridden.Metadata.Published);
        Assert.Equal("Example Wire", overridden.Metadata.Source);
    }

    [Fact]
    public void A_broken_sidecar_is_a_one_line_error_naming_it()
    {
        var path = WriteBytes("e.txt", Encoding.UTF8.GetBytes(Fixture));
        File.WriteAllText(Path.Combine(_dir, "e.meta.json"), """{"published": "someday"}""");
        var error = Assert.Throws<ArticleLoadException>(() => new ArticleLoader().Load(path));
        Assert.StartsWith(Path.Combine(_dir, "e.meta.json"), error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
