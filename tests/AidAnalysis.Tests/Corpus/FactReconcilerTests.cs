using AidAnalysis.Corpus;
using AidAnalysis.Model;
using AidAnalysis.Totals;

namespace AidAnalysis.Tests.Corpus;

/// <summary>The corpus adds each package once, and never earlier money.</summary>
public class FactReconcilerTests
{
    private static StoredFigure Report(string article, double value, DateOnly published, bool counted = true, int? year = 2025) =>
        new(article, "F1", "$" + value, value, "USD", value, "Canada", "Ukraine", null, AidType.Military, year,
            counted ? FundingStatus.Pledged : FundingStatus.Previous, "ctx", published, counted, Title: "t-" + article, Source: "wire");

    [Fact]
    public void A_package_reported_by_five_articles_within_weeks_is_one_fact()
    {
        var day = new DateOnly(2025, 3, 1);
        var facts = FactReconciler.Reconcile(Enumerable.Range(0, 5).Select(i => Report($"a{i}", 500_000_000 * (1 + i * 0.001), day.AddDays(i * 5))));
        var fact = Assert.Single(facts);
        Assert.Equal(5, fact.Sources.Count);
    }

    [Fact]
    public void Cumulative_and_earlier_figures_never_add_to_new_money()
    {
        var day = new DateOnly(2025, 3, 1);
        var facts = FactReconciler.Reconcile([Report("a", 500_000_000, day), Report("b", 9_000_000_000, day, counted: false)]);
        Assert.Equal(500_000_000, Assert.Single(facts).ValueUsd);
    }

    [Fact]
    public void The_same_amount_months_apart_or_twice_in_one_article_is_two_facts()
    {
        var facts = FactReconciler.Reconcile([Report("a", 5e8, new DateOnly(2025, 1, 1)), Report("b", 5e8, new DateOnly(2025, 7, 1))]);
        Assert.Equal(2, facts.Count);
        var twice = FactReconciler.Reconcile([Report("a", 5e8, new DateOnly(2025, 1, 1)), Report("a", 5e8, new DateOnly(2025, 1, 1)) with { Id = "F2" }]);
        Assert.Equal(2, twice.Count);
    }
}
