using System.Text.Json;
using AidAnalysis.Model;
using AidAnalysis.Output;
using CsCheck;

namespace AidAnalysis.Tests.Properties;

public class PipelinePropertyTests
{
    private static readonly string[] Fragments =
    [
        "$6 million", "€1.2bn", "NOK 2.8 billion (EUR 235 million)", "between $5m and $10m", "billions of dollars",
        "“We will help,” he said.", "\"Quote", "‘Open", "President Anna Berg said that", "the source said,",
        "according to the World Bank", "South Korea", "Seoul will", "By Ana Pop", "in 2025", "next year", "gas masks",
        "U.S.", "1,000,000,000,000,000,000 dollars", "99999999999999999999999 won", "\n\n", ". ", ", ", "(", ")", "’s",
    ];

    private static readonly Gen<string> ArticleText = Gen.OneOf(
        Gen.String,
        Gen.Char.Array[0, 400].Select(c => new string(c)),
        Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]).Array[0, 40].Select(parts => string.Join(' ', parts)));

    [Fact]
    public void Any_text_analyses_without_exceptions_and_with_valid_spans()
    {
        ArticleText.Sample(text =>
        {
            var analysis = TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(), "p.txt"));
            TestSupport.AssertSpansValid(analysis);
            var json = AnalysisJson.Serialize(analysis);
            using var parsed = JsonDocument.Parse(json);
            Assert.Equal(analysis.Funding.Count, parsed.RootElement.GetProperty("funding").GetArrayLength());
        }, iter: 300);
    }
}
