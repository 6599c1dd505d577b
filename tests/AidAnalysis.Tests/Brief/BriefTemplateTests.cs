using AidAnalysis.Brief;
using AidAnalysis.Model;

namespace AidAnalysis.Tests.Brief;

public class BriefTemplateTests
{
    private static BriefModel Model(string hostile) => new(
        hostile, "", "1 January 2025",
        [new BriefArticle("", hostile, "src", "author", "date", new string('a', 64))],
        [new KeyFigure("Total (USD)", "US$1 million")],
        [hostile],
        [],
        [new FundingRow("F1", "", hostile, "US$1 million", hostile, "—", "humanitarian", "2024", "pledged", "")],
        [], [], [new ClaimRow("", hostile, "quote", "hedged", hostile)],
        [new ProvenanceRow("F1", "", hostile, "$1 million", hostile, "characters 0–10")],
        false);

    [Fact]
    public void Article_text_is_escaped_everywhere_in_the_html()
    {
        const string hostile = "<script>alert('x')</script><img src=http://evil.example/x.png>\"</style>";
        var html = BriefTemplate.Default().Render(Model(hostile), "A4");
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=http", html);
        Assert.DoesNotContain("</style>\"", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Running_header_is_a_safe_css_string()
    {
        var css = BriefTemplate.CssString("a\"b\\c</style>");
        Assert.DoesNotContain('"', css);
        Assert.DoesNotContain('<', css);
        Assert.Equal("a\\22 b\\5C c\\3C /style\\3E ", css);
    }

    [Fact]
    public void User_template_folder_replaces_the_layout()
    {
        var dir = Directory.CreateTempSubdirectory("aid-template-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, BriefTemplate.TemplateFile), "<h1>{{ Title }}</h1><p>{{ PaperSize }}</p>");
            var html = BriefTemplate.FromDirectory(dir).Render(Model("Grain & rations"), "Letter");
            Assert.Equal("<h1>Grain &amp; rations</h1><p>Letter</p>", html);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Template_cannot_read_outside_its_folder()
    {
        var dir = Directory.CreateTempSubdirectory("aid-template-").FullName;
        var secret = Path.Combine(Path.GetTempPath(), $"aid-secret-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllText(secret, "top secret");
            File.CreateSymbolicLink(Path.Combine(dir, BriefTemplate.TemplateFile), secret);
            var error = Assert.Throws<BriefTemplateException>(() => BriefTemplate.FromDirectory(dir));
            Assert.Contains("outside the template folder", error.Message);

            File.Delete(Path.Combine(dir, BriefTemplate.TemplateFile));
            File.WriteAllText(Path.Combine(dir, BriefTemplate.TemplateFile), "<p>{% include '" + secret + "' %}</p>");
            var include = Assert.Throws<BriefTemplateException>(() => BriefTemplate.FromDirectory(dir).Render(Model("x"), "A4"));
            Assert.DoesNotContain("top secret", include.Message);
        }
        finally
        {
            Directory.Delete(dir, true);
            File.Delete(secret);
        }
    }

    [Fact]
    public void Broken_template_gives_a_one_line_error()
    {
        var dir = Directory.CreateTempSubdirectory("aid-template-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, BriefTemplate.TemplateFile), "{% for x in %}\n{{");
            var error = Assert.Throws<BriefTemplateException>(() => BriefTemplate.FromDirectory(dir));
            Assert.DoesNotContain('\n', error.Message);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Amounts_and_dates_read_like_prose()
    {
        Assert.Equal("US$4.35 billion", HumanFormat.Usd(4.35e9));
        Assert.Equal("US$6 million", HumanFormat.Usd(6e6));
        Assert.Equal("US$750", HumanFormat.Usd(750));
        Assert.Equal("12 November 2024", HumanFormat.Date(new DateOnly(2024, 11, 12)));
    }
}
