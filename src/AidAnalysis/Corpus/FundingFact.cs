using AidAnalysis.Model;

namespace AidAnalysis.Corpus;

/// <summary>One stored funding row, as the corpus reads it back.</summary>
public sealed record StoredFigure(
    string ArticleId, string Id, string AmountText, double Value, string Currency, double? ValueUsd, string? Donor,
    string? Recipient, string? Channel, AidType AidType, int? Year, FundingStatus Status, string Context, DateOnly? Published);

/// <summary>A figure as reported by one or more articles: same donor, recipient, currency and year, values within 1%.</summary>
public sealed record FundingFact(
    string Id, string AmountText, double Value, string Currency, double ValueUsd, string? Donor, string? Recipient,
    AidType AidType, int? Year, FundingStatus Status, IReadOnlyList<StoredFigure> Reports)
{
    public IReadOnlyList<string> Sources => Reports.Select(r => r.ArticleId).Distinct().ToArray();
}

/// <summary>Reconciles figures reported by several articles into facts, so totals count each figure once.</summary>
public static class FactReconciler
{
    public const double Tolerance = 0.01;

    public static IReadOnlyList<FundingFact> Reconcile(IEnumerable<StoredFigure> figures)
    {
        var facts = new List<FundingFact>();
        foreach (var group in figures.GroupBy(f => (Key(f.Donor), Key(f.Recipient ?? f.Channel), f.Currency, f.Year)))
        {
            var cluster = new List<StoredFigure>();
            foreach (var figure in group.OrderBy(f => f.Value))
            {
                if (cluster.Count > 0 && figure.Value - cluster[0].Value > Tolerance * cluster[0].Value)
                {
                    facts.Add(ToFact(cluster, facts.Count));
                    cluster = [];
                }
                cluster.Add(figure);
            }
            if (cluster.Count > 0) facts.Add(ToFact(cluster, facts.Count));
        }
        return facts.OrderByDescending(f => f.ValueUsd).Select((f, i) => f with { Id = $"X{i + 1}" }).ToArray();
    }

    private static FundingFact ToFact(List<StoredFigure> reports, int index)
    {
        var first = reports.OrderBy(r => r.Published ?? DateOnly.MaxValue).First();
        var usd = reports.Where(r => r.ValueUsd is not null).Select(r => r.ValueUsd!.Value).DefaultIfEmpty(0).Average();
        return new FundingFact($"X{index + 1}", first.AmountText, first.Value, first.Currency, usd, first.Donor, first.Recipient ?? first.Channel,
            MostCommon(reports.Select(r => r.AidType).Where(t => t != AidType.Unspecified), first.AidType),
            first.Year, MostCommon(reports.Select(r => r.Status).Where(s => s != FundingStatus.Unspecified), first.Status), reports);
    }

    private static T MostCommon<T>(IEnumerable<T> values, T fallback) =>
        values.GroupBy(v => v).OrderByDescending(g => g.Count()).Select(g => g.Key).DefaultIfEmpty(fallback).First();

    private static string Key(string? name) => name?.Trim().ToLowerInvariant() ?? "";
}
