using System.Text;
using System.Text.Json;
using AidAnalysis.Loading;
using AidAnalysis.Model;
using AidAnalysis.Output;
using CsCheck;

namespace AidAnalysis.Tests.Properties;

public class PipelinePropertyTests
{
    private static readonly string[] Fragments =
    [
        "$6 million", "€1.2bn", "NOK 3.1 billion (EUR 262 million)", "between $5m and $10m", "billions of dollars",
        "“We will help,” he said.", "\"Quote", "‘Open", "President Anna Berg said that", "the source said,",
        "according to the World Bank", "South Korea", "Seoul will", "By Ana Pop", "in 2025", "next year", "gas masks",
        "U.S.", "1,000,000,000,000,000,000 dollars", "99999999999999999999999 won", "\n\n", ". ", ", ", "(", ")", "’s",
        "respectively", "Britain and Norway promised", "29 October 2008", "$1 = 0.7 pounds", "A$", "C$5m",
    ];

    /// <summary>Characters that break naive text code: controls, right-to-left marks and letters, combining
    /// marks, emoji (surrogate pairs), lone surrogates, zero-width joiners, byte-order marks.</summary>
    private static readonly string[] Awkward =
    [
        "\u0000", "\u0007", "\u001b", "\u200f", "\u202e", "שלום", "مرحبا", "e\u0301", "\u0300\u0300", "😀", "👩‍👩‍👧",
        "\ud800", "\udc00", "\u200d", "\ufeff", "\r\n", "\t", "\u2028", "İ", "ß", "Ⅻ", "٣", "𝟘",
    ];

    private static readonly Gen<string> ArticleText = Gen.OneOf(
        Gen.String,
        Gen.Char.Array[0, 400].Select(c => new string(c)),
        Gen.Int[0, Fragments.Length + Awkward.Length - 1]
            .Select(i => i < Fragments.Length ? Fragments[i] : Awkward[i - Fragments.Length])
            .Array[0, 60].Select(parts => string.Join(' ', parts)));

    [Fact]
    public void Any_text_analyses_without_exceptions_with_valid_spans_and_json_that_round_trips()
    {
        ArticleText.Sample(text =>
        {
            var analysis = TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(), "p.txt"));
            TestSupport.AssertSpansValid(analysis);
            var json = AnalysisJson.Serialize(analysis);
            var back = JsonDocument.Parse(json).RootElement;
            Assert.Equal(analysis.Funding.Select(f => (f.AmountText, f.Value, f.Currency, f.Span.Start, f.Span.End)),
                back.GetProperty("funding").EnumerateArray().Select(f => (f.GetProperty("amount_text").GetString()!,
                    Number(f.GetProperty("value")),
                    f.GetProperty("currency").GetString()!, f.GetProperty("start").GetInt32(), f.GetProperty("end").GetInt32())));
            Assert.Equal(analysis.Claims.Select(c => (c.Speaker, c.Text)),
                back.GetProperty("claims").EnumerateArray().Select(c => (c.GetProperty("speaker").GetString()!, c.GetProperty("text").GetString()!)));
            Assert.Equal(analysis.Actors.Select(a => a.Name), back.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
            Assert.Equal(text.Length, back.GetProperty("article").GetProperty("chars").GetInt32());
        }, iter: 600);
    }

    /// <summary>A JSON number, or null, or one of the strings the JSON writes for NaN and infinities.</summary>
    private static double? Number(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => double.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.GetDouble(),
    };

    [Fact]
    public void Any_bytes_either_load_as_an_article_or_give_a_one_line_load_error()
    {
        var dir = Directory.CreateTempSubdirectory("aid-bytes-").FullName;
        try
        {
            var extensions = new[] { ".txt", ".md", ".html" };
            Gen.Select(Gen.Byte.Array[0, 600], Gen.Int[0, 2]).Sample((bytes, ext) =>
            {
                var path = Path.Combine(dir, "input" + extensions[ext]);
                File.WriteAllBytes(path, bytes);
                try
                {
                    var article = new ArticleLoader().Load(path);
                    TestSupport.AssertSpansValid(TestSupport.Pipeline.Analyze(article));
                }
                catch (ArticleLoadException e)
                {
                    Assert.DoesNotContain('\n', e.Message);
                }
            }, iter: 300);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Huge_numbers_do_not_overflow_into_nonsense()
    {
        var analysis = TestSupport.Pipeline.Analyze(Article.FromText(
            "Donors gave $" + new string('9', 400) + " trillion and 1e308 dollars.", new ArticleMetadata(), "n.txt"));
        Assert.All(analysis.Funding, f => Assert.True(f.Value is null || double.IsFinite(f.Value.Value) || double.IsInfinity(f.Value.Value)));
        using var json = JsonDocument.Parse(AnalysisJson.Serialize(analysis));
        Assert.True(json.RootElement.GetProperty("funding").GetArrayLength() >= 1);
    }
}
