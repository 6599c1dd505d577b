using AidAnalysis.Brief;
using AidAnalysis.Charts;
using AidAnalysis.Model;
using AidAnalysis.Totals;

namespace AidAnalysis.Tests.Brief;

/// <summary>The brief adds new money only, and a package reported by several articles once.</summary>
public class NewMoneyTotalsTests
{
    private static ArticleAnalysis Analyze(string text, DateOnly published) =>
        TestSupport.Pipeline.Analyze(Article.FromText(text, new ArticleMetadata(Published: published), $"{published:yyyyMMdd}-{text.Length}.txt"));

    [Fact]
    public void A_package_reported_by_three_articles_counts_once_and_earlier_money_is_shown_apart()
    {
        var analyses = new[]
        {
            Analyze("Japan has pledged $3 billion in financial aid to Ukraine. Japan had previously provided $8 billion to Ukraine.", new DateOnly(2025, 4, 18)),
            Analyze("Japan pledged $3 billion to Ukraine on Friday, the finance ministry said.", new DateOnly(2025, 4, 19)),
            Analyze("Officials said Japan has pledged $3 billion to Ukraine.", new DateOnly(2025, 4, 25)),
        };
        Assert.Equal(3_000_000_000, NewMoneyTotals.Usd(analyses), 0);
        var fact = Assert.Single(NewMoneyTotals.Facts(analyses));
        Assert.Equal(3, fact.Sources.Count);
        Assert.Equal(3_000_000_000, AidFigures.ForCharts(analyses).Sum(f => f.Usd), 0);
        var summary = SummaryWriter.Write(analyses);
        Assert.StartsWith("New money: US$3 billion", summary[0]);
        Assert.Contains(summary, line => line.StartsWith("Earlier or cumulative aid mentioned", StringComparison.Ordinal) && line.Contains("$8 billion"));
    }

    [Fact]
    public void The_same_amount_given_again_months_later_counts_again()
    {
        var analyses = new[]
        {
            Analyze("Japan has pledged $3 billion in financial aid to Ukraine.", new DateOnly(2025, 1, 10)),
            Analyze("Japan has pledged $3 billion in financial aid to Ukraine.", new DateOnly(2025, 9, 10)),
        };
        Assert.Equal(6_000_000_000, NewMoneyTotals.Usd(analyses), 0);
    }
}
