using AidAnalysis.Model;

namespace AidAnalysis.Tests.Loading;

/// <summary>The boxes beside an HTML story, its JSON-LD metadata and its printed byline. Invented pages.</summary>
public sealed class HtmlPageTests : IDisposable
{
    private readonly TempArticles _files = new();

    public void Dispose() => _files.Dispose();

    private const string Paragraph = "<p>Nordland has delivered 40 water pumps to Valdoria, the embassy said.</p>";
    private const string Story = "<h1>Nordland sends pumps</h1>" + Paragraph;

    [Theory]
    [InlineData("<div class=\"more-on\"><h2>More on Valdoria</h2><ul><li>Valdoria PM says floods worst in decades</li></ul></div>")]
    [InlineData("<div class=\"c-newsletter__signup\">Sign up: our editors said they would keep you informed.</div>")]
    [InlineData("<section id=\"related-stories\"><ul><li>UN chief says floods a warning</li></ul></section>")]
    public void Boxes_beside_an_html_story_give_no_claims(string box)
    {
        var analysis = _files.Analyze("e.html", $"<html><body><main>{Story}{box}</main></body></html>");
        Assert.Equal(["the embassy"], analysis.Claims.Select(c => c.Speaker));
    }

    [Theory]
    // A box word inside another word, and a container holding the headline, are the story's.
    [InlineData("<div class=\"unrelated\"><p>Officials said the pumps arrived on Monday.</p></div>", "arrived on Monday")]
    [InlineData("", "delivered 40 water pumps")]
    public void The_story_and_lookalike_classes_stay(string extra, string kept)
    {
        var article = _files.Load("f.html", $"<html><body><div class=\"story-related-promo\"><main>{Story}{extra}</main></div></body></html>");
        Assert.Contains(kept, article.Text);
    }

    [Theory]
    [InlineData("""{"@type":"NewsArticle","author":{"name":"Tove Ekdal"},"datePublished":"2031-03-04"}""", "Tove Ekdal")]
    [InlineData("""{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","author":[{"@type":"Person","name":"Tove Ekdal"},{"name":"Ari Moss"}],"datePublished":"2031-03-04T09:30:00Z"}]}""", "Tove Ekdal, Ari Moss")]
    [InlineData("""[{"@type":"ReportageNewsArticle","author":"Tove Ekdal","datePublished":"2031-03-04"}]""", "Tove Ekdal")]
    public void Json_ld_gives_author_and_date(string json, string author)
    {
        var article = _files.Load("g.html", $"<html><head><script type=\"application/ld+json\">{json}</script></head><body><main>{Story}</main></body></html>");
        Assert.Equal(author, article.Metadata.Author);
        Assert.Equal(new DateOnly(2031, 3, 4), article.Metadata.Published);
    }

    [Theory]
    [InlineData("""{"@type":"NewsArticle","author":{"name":"Tove Ekdal"},""")]
    [InlineData("""{"@type":"Organization","name":"Nordland Times"}""")]
    public void Malformed_or_authorless_json_ld_states_nothing(string json)
    {
        var article = _files.Load("h.html", $"<html><head><script type=\"application/ld+json\">{json}</script></head><body><main>{Story}</main></body></html>");
        Assert.Null(article.Metadata.Author);
        Assert.Null(article.Metadata.Published);
    }

    [Fact]
    public void A_printed_html_byline_names_the_author()
    {
        var analysis = _files.Analyze("i.html", $"<html><body><main><h1>Nordland sends pumps</h1><div class=\"article-author\">By <span>Tove Ekdal</span> in Portvale</div>{Paragraph}</main></body></html>");
        Assert.Equal("Tove Ekdal", analysis.Article.Metadata.Author);
    }
}
