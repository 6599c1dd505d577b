using System.Text;
using AidAnalysis.Loading;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Loading;

public sealed class ArticleLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aid-loader-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Text_file_with_headline_keeps_exact_text_and_hashes_it()
    {
        var text = "Grain deal extended\n\nMinisters agreed on Friday.\n";
        var article = new ArticleLoader().Load(Write("a.txt", text));
        Assert.Equal(text, article.Text);
        Assert.Equal("Grain deal extended", article.Metadata.Title);
        Assert.Equal(64, article.Id.Length);
        Assert.Equal(Article.ComputeId(text), article.Id);
    }

    [Fact]
    public void Text_file_without_headline_has_no_title()
    {
        var article = new ArticleLoader().Load(Write("b.txt", "Ministers agreed on Friday to extend the deal."));
        Assert.Null(article.Metadata.Title);
    }

    [Fact]
    public void Markdown_front_matter_gives_metadata_and_markup_is_removed()
    {
        var md = "---\ntitle: Aid to Moldova\nsource: Example Wire\nauthor: Ana Pop\npublished: 2024-03-05\nurl: https://example.org/a\n---\n# Aid to Moldova\n\nThe **EU** gave [funds](https://example.org) to *Moldova*.\n";
        var article = new ArticleLoader().Load(Write("c.md", md));
        Assert.Equal("Aid to Moldova", article.Metadata.Title);
        Assert.Equal("Example Wire", article.Metadata.Source);
        Assert.Equal("Ana Pop", article.Metadata.Author);
        Assert.Equal(new DateOnly(2024, 3, 5), article.Metadata.Published);
        Assert.Contains("The EU gave funds to Moldova.", article.Text);
        Assert.DoesNotContain("**", article.Text);
    }

    [Fact]
    public void Html_gives_main_text_and_title()
    {
        var paragraph = string.Concat(Enumerable.Repeat("The Finnish government said it will send $5 million in winter aid to Ukraine. ", 4));
        var html = $"<html><head><title>Finland sends winter aid</title><meta name=\"author\" content=\"Eero Laine\"></head><body><nav>Home | News</nav><article><h1>Finland sends winter aid</h1><p>{paragraph}</p><p>{paragraph}</p></article><script>alert(1)</script></body></html>";
        var article = new ArticleLoader().Load(Write("d.html", html));
        Assert.Equal("Finland sends winter aid", article.Metadata.Title);
        Assert.Contains("$5 million in winter aid", article.Text);
        Assert.DoesNotContain("alert(1)", article.Text);
    }

    [Theory]
    [InlineData("<html><head><title>Home</title><script>var price = \"$5 million\";</script></head><body><nav><a href=\"/\">Home</a> <a href=\"/w\">World</a></nav><footer>(c) 2026</footer></body></html>")]
    [InlineData("<html><body><header>Daily Ledger</header><aside>Most read</aside><style>p { color: red }</style></body></html>")]
    [InlineData("<html><head><title>Front page</title></head><body><h1>Front page</h1></body></html>")]
    public void A_page_with_no_story_is_refused(string html)
    {
        var error = Assert.Throws<ArticleLoadException>(() => new ArticleLoader().Load(Write("menu.html", html)));
        Assert.Contains("no article text", error.Message);
    }

    [Fact]
    public void A_short_story_beside_a_menu_is_kept()
    {
        var html = "<html><head><title>Aid</title></head><body><nav>Home | World</nav><p>Chile pledged $3 million to Haiti on Monday.</p></body></html>";
        var article = new ArticleLoader().Load(Write("short.html", html));
        Assert.Contains("$3 million", article.Text);
    }

    [Fact]
    public void Overrides_win_over_file_metadata()
    {
        var article = new ArticleLoader().Load(Write("e.txt", "Headline\n\nBody."), new ArticleMetadata(Title: "Other", Published: new DateOnly(2020, 1, 2)));
        Assert.Equal("Other", article.Metadata.Title);
        Assert.Equal(new DateOnly(2020, 1, 2), article.Metadata.Published);
    }

    [Fact]
    public void Stream_input_is_read_as_plain_text()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("Headline\n\nBody text."));
        var article = new ArticleLoader().Load(stream, "<stdin>");
        Assert.Equal("Headline", article.Metadata.Title);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("empty")]
    [InlineData("binary")]
    [InlineData("utf8")]
    [InlineData("directory")]
    [InlineData("extension")]
    [InlineData("too-large")]
    [InlineData("blank")]
    public void Bad_input_gives_one_line_error_naming_the_file(string kind)
    {
        var path = TestSupport.BadInput(_dir, kind);
        var loader = new ArticleLoader { MaxBytes = 1000 };
        var error = Assert.Throws<ArticleLoadException>(() => loader.Load(path));
        Assert.DoesNotContain('\n', error.Message);
        Assert.StartsWith(path, error.Message);
    }
}
