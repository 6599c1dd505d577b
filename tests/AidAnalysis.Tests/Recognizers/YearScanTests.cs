using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>The time phrases are read on the tokens by their own stage (beside the entity recognizer on a long text); the years
/// dated from them must be the ones the years stage finds reading the tokens itself.</summary>
public class YearScanTests
{
    private const string Fixture = """
        Oslo doubles its grant to Malawi's clinics

        Norway will give $8 million to Malawi next year, the development ministry said on Thursday, after giving $4 million
        last year. In the first six months of the year the clinics treated twice as many patients as two years ago. The
        envoy arrived in February and met health workers on March 9. Officials said the first payment would be made by
        June, and a review is due later in the year.

        """;

    private static string LongText => string.Concat(Enumerable.Repeat(Fixture, AnalysisPipeline.ConcurrentFromLength / Fixture.Length + 1));

    private static void AssertSameYearsScannedHere(ArticleMetadata metadata)
    {
        var document = TestSupport.Pipeline.ProcessInOrder(Article.FromText(LongText, metadata, "long.txt"));
        Assert.NotNull(document.YearMatches);
        var scannedHere = new YearRecognizer(Lexicon.Default.NumberWords, Lexicon.Default.Months, Lexicon.Default.TimeExpressionWords).Run(document with { YearMatches = null, Years = [] });
        Assert.NotEmpty(document.Years);
        Assert.Equal(scannedHere.Years, document.Years);
    }

    [Fact]
    public void A_long_dated_text_gets_the_same_years_from_the_scan_stage()
    {
        AssertSameYearsScannedHere(new ArticleMetadata(Published: new DateOnly(2025, 4, 2)));
        var document = TestSupport.Pipeline.ProcessInOrder(Article.FromText(LongText, new ArticleMetadata(Published: new DateOnly(2025, 4, 2)), "long.txt"));
        Assert.Contains(document.Years, y => y.Year == 2026);
        Assert.Contains(document.Years, y => document.Text[y.Span.Start..y.Span.End] == "Thursday");
    }

    [Fact]
    public void A_long_undated_text_reads_no_day_or_month_from_the_scan_stage()
    {
        AssertSameYearsScannedHere(new ArticleMetadata());
        var document = TestSupport.Pipeline.ProcessInOrder(Article.FromText(LongText, new ArticleMetadata(), "long.txt"));
        Assert.DoesNotContain(document.Years, y => document.Text[y.Span.Start..y.Span.End] == "Thursday");
    }

    [Fact]
    public void A_short_text_is_read_by_the_scan_stage_too()
    {
        var document = TestSupport.Pipeline.ProcessInOrder(Article.FromText(Fixture, new ArticleMetadata(Published: new DateOnly(2025, 4, 2)), "short.txt"));
        Assert.NotNull(document.YearMatches);
        Assert.Contains(document.Years, y => y.Year == 2026);
    }
}
