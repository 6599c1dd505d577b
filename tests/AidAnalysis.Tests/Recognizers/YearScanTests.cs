using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Tests.Recognizers;

/// <summary>The years stage dates the time phrases the year-scan stage reads on the tokens; it has no scan of its own, so a
/// pipeline without the year-scan stage is refused.</summary>
public class YearScanTests
{
    private const string Fixture = """
        Oslo doubles its grant to Malawi's clinics

        Norway will give $8 million to Malawi next year, the development ministry said on Thursday, after giving $4 million
        last year. The clinics treated twice as many patients as two years ago. The envoy arrived in February and met health
        workers on March 9.

        """;

    private static IEnumerable<(string Phrase, int? Year)> YearsOf(ArticleMetadata metadata)
    {
        var document = TestSupport.Pipeline.ProcessInOrder(Article.FromText(Fixture, metadata, "years.txt"));
        return document.Years.Select(y => (document.Text[y.Span.Start..y.Span.End], y.Year));
    }

    [Fact]
    public void A_dated_text_gets_its_relative_years_years_ago_days_and_months_from_the_scan_stage()
    {
        // Published on Wednesday 2 April 2025: the Thursday before is in March, February and March this year's.
        (string, int?)[] expected = [("next year", 2026), ("Thursday", 2025), ("last year", 2024), ("two years ago", 2023), ("in February", 2025), ("on March", 2025)];
        Assert.Equal(expected, YearsOf(new ArticleMetadata(Published: new DateOnly(2025, 4, 2))));
    }

    [Fact]
    public void An_undated_text_dates_no_day_month_or_years_ago()
    {
        (string, int?)[] expected = [("next year", null), ("last year", null)];
        Assert.Equal(expected, YearsOf(new ArticleMetadata()));
    }

    [Fact]
    public void A_pipeline_without_the_scan_stage_is_refused_by_name()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AnalysisPipeline.CreateBuilder().Remove("year-scan").Build());
        Assert.Contains("'years' needs YearMatches", error.Message);
    }
}
