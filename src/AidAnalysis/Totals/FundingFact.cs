using AidAnalysis.Model;

namespace AidAnalysis.Totals;

/// <summary>One stored funding row, as the corpus reads it back, with the article it came from.</summary>
public sealed record StoredFigure(
    string ArticleId, string Id, string AmountText, double Value, string Currency, double? ValueUsd, string? Donor,
    string? Recipient, string? Channel, AidType AidType, int? Year, FundingStatus Status, string Context, DateOnly? Published,
    bool Counted = true, string? PartOf = null, string? Title = null, string? Source = null);

/// <summary>A figure as reported by one or more articles (see <see cref="FactReconciler"/> for when two reports are one figure).</summary>
public sealed record FundingFact(
    string Id, string AmountText, double Value, string Currency, double ValueUsd, string? Donor, string? Recipient,
    AidType AidType, int? Year, FundingStatus Status, IReadOnlyList<StoredFigure> Reports)
{
    public IReadOnlyList<string> Sources => Reports.Select(r => r.ArticleId).Distinct().ToArray();
}

/// <summary>
/// Reconciles the articles' new money into facts, so totals count each figure once. Only counted rows (SCHEMA.md: the new
/// money of their article, parts and running totals already excluded there) take part; earlier and cumulative money never
/// adds to them. Two reports are one figure when they have the same donor, recipient (or channel) and currency, values
/// within 1%, compatible figure years (equal, or one not given) and publication dates within six weeks of the first report
/// (or undated), and never two rows of one article: a package reported by five articles counts once, the same amount
/// given again next year counts again.
/// </summary>
public static class FactReconciler
{
    public const double Tolerance = 0.01;

    public const int SameNewsDays = 42;

    public static IReadOnlyList<FundingFact> Reconcile(IEnumerable<StoredFigure> figures)
    {
        var facts = new List<FundingFact>();
        foreach (var group in figures.Where(f => f.Counted).GroupBy(f => (Key(f.Donor), Key(f.Recipient ?? f.Channel), f.Currency)))
        {
            var clusters = new List<List<StoredFigure>>();
            foreach (var figure in group.OrderBy(f => f.Published ?? DateOnly.MaxValue).ThenBy(f => f.Value))
            {
                var home = clusters.FirstOrDefault(c => SameFigure(c, figure));
                if (home is null) clusters.Add([figure]);
                else home.Add(figure);
            }
            facts.AddRange(clusters.Select(c => ToFact(c, facts.Count)));
        }
        return facts.OrderByDescending(f => f.ValueUsd).Select((f, i) => f with { Id = $"X{i + 1}" }).ToArray();
    }

    private static bool SameFigure(List<StoredFigure> cluster, StoredFigure figure)
    {
        var first = cluster[0];
        // Two rows of one article are two figures: the relations stage already merged its repeats.
        if (cluster.Any(r => r.ArticleId == figure.ArticleId)) return false;
        if (Math.Abs(figure.Value - first.Value) > Tolerance * first.Value) return false;
        if (cluster.Any(r => r.Year is { } y && figure.Year is { } z && y != z)) return false;
        var dated = cluster.Select(r => r.Published).OfType<DateOnly>().ToList();
        return figure.Published is not { } day || dated.Count == 0 || Math.Abs(day.DayNumber - dated.Min().DayNumber) <= SameNewsDays;
    }

    private static FundingFact ToFact(List<StoredFigure> reports, int index)
    {
        var first = reports.OrderBy(r => r.Published ?? DateOnly.MaxValue).First();
        var usd = reports.Where(r => r.ValueUsd is not null).Select(r => r.ValueUsd!.Value).DefaultIfEmpty(0).Average();
        return new FundingFact($"X{index + 1}", first.AmountText, first.Value, first.Currency, usd, first.Donor, first.Recipient ?? first.Channel,
            MostCommon(reports.Select(r => r.AidType).Where(t => t != AidType.Unspecified), first.AidType),
            reports.Select(r => r.Year).FirstOrDefault(y => y is not null), MostCommon(reports.Select(r => r.Status).Where(s => s != FundingStatus.Unspecified), first.Status), reports);
    }

    private static T MostCommon<T>(IEnumerable<T> values, T fallback) =>
        values.GroupBy(v => v).OrderByDescending(g => g.Count()).Select(g => g.Key).DefaultIfEmpty(fallback).First();

    private static string Key(string? name) => name?.Trim().ToLowerInvariant() ?? "";
}
