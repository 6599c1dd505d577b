using System.Globalization;
using AidAnalysis.Brief;
using AidAnalysis.Charts;
using AidAnalysis.Model;
using AidAnalysis.Rendering;

namespace AidAnalysis.Corpus;

/// <summary>
/// The brief for a whole corpus: reconciled facts (each figure once, every source listed) by figure
/// year, donor and type; the most-mentioned actors; who says what. Same template as a single brief.
/// </summary>
public static class CorpusReport
{
    private const int TopRows = 40;

    public static IReadOnlyList<StoredFigure> Figures(CorpusStore store) => store.Read(
        """
        SELECT f.article_id, f.id, f.amount_text, f.value, f.currency, f.value_usd, f.donor, f.recipient, f.channel,
               f.aid_type, f.year, f.status, f.context, a.published
        FROM funding f JOIN articles a USING (article_id)
        WHERE f.converted_from IS NULL AND f.value IS NOT NULL AND NOT f.is_total
        """,
        r => new StoredFigure(r.GetString(0), r.GetString(1), r.GetString(2), r.GetDouble(3), r.GetString(4),
            r.IsDBNull(5) ? null : r.GetDouble(5), Str(r, 6), Str(r, 7), Str(r, 8), Enum.Parse<AidType>(r.GetString(9), true),
            r.IsDBNull(10) ? null : r.GetInt32(10), Enum.Parse<FundingStatus>(r.GetString(11), true), r.GetString(12),
            r.IsDBNull(13) ? null : DateOnly.FromDateTime(r.GetDateTime(13)))).ToArray();

    public static IReadOnlyList<FundingFact> Facts(CorpusStore store) => FactReconciler.Reconcile(Figures(store));

    public static async Task<BriefModel> BuildAsync(CorpusStore store, ChromiumSession session, DateOnly today)
    {
        var facts = Facts(store);
        var articles = store.Read("SELECT article_id, title, source, author, published FROM articles ORDER BY published NULLS LAST, article_id",
            r => new BriefArticle("", Str(r, 1) ?? r.GetString(0)[..12], Str(r, 2) ?? "source not given", Str(r, 3) ?? "author not given",
                r.IsDBNull(4) ? "date not given" : HumanFormat.Date(DateOnly.FromDateTime(r.GetDateTime(4))), r.GetString(0))).ToList();
        var claims = store.Read("SELECT speaker, kind FROM claims", r => new ChartClaim(r.GetString(0), Enum.Parse<ClaimKind>(r.GetString(1), true))).ToArray();
        var chartFigures = facts.Select(f => new ChartFigure(f.Donor, f.Recipient, f.AidType, f.Status, f.Year, f.ValueUsd)).ToArray();
        var charts = await BriefBuilder.RenderChartsAsync(BriefBuilder.ChartsFor(chartFigures, claims), session);

        var shownArticles = articles.Take(25).ToList();
        if (articles.Count > shownArticles.Count)
            shownArticles.Add(new BriefArticle("", $"… and {articles.Count - shownArticles.Count:N0} more articles", "", "", "", ""));
        var dates = articles.Select(a => a.Published).Where(p => p != "date not given").ToList();

        return new BriefModel(
            "Aid corpus report",
            $"{articles.Count:N0} articles · {articles.Select(a => a.Source).Distinct().Count():N0} sources · {facts.Count:N0} distinct figures",
            HumanFormat.Date(today),
            shownArticles,
            KeyFigures(store, facts, articles.Count),
            Summary(facts),
            charts,
            facts.Take(TopRows).Select(FactRow).ToArray(),
            store.Read($"""
                SELECT item, category, lethal, status, count(DISTINCT article_id) AS n, mode(provider), mode(recipient)
                FROM aid_items GROUP BY ALL ORDER BY n DESC, item LIMIT {TopRows}
                """,
                r => new AidItemRow($"{r.GetInt64(4)} art.", r.GetString(0), r.GetString(1), r.GetBoolean(2) ? "lethal" : "non-lethal",
                    r.GetString(3), Str(r, 5) ?? "—", Str(r, 6) ?? "—")).ToArray(),
            store.Read($"""
                SELECT name, kind, mode(role), mode(affiliation), count(DISTINCT article_id) AS n
                FROM actors WHERE mentions > 0 GROUP BY name, kind ORDER BY n DESC, name LIMIT {TopRows}
                """,
                r => new ActorRow($"{r.GetInt64(4)} art.", r.GetString(0), r.GetString(1), Str(r, 2) ?? "", Str(r, 3) ?? "", (int)r.GetInt64(4))).ToArray(),
            store.Read($"""
                SELECT speaker, kind, hedged, text FROM (
                    SELECT c.*, row_number() OVER (PARTITION BY speaker ORDER BY a.published DESC NULLS LAST, c.article_id, c.id) AS rn,
                           count(*) OVER (PARTITION BY speaker) AS n
                    FROM claims c JOIN articles a USING (article_id)) WHERE rn <= 2 ORDER BY n DESC, speaker, rn LIMIT {TopRows}
                """,
                r => new ClaimRow("", r.GetString(0), r.GetString(1), r.GetBoolean(2) ? "hedged" : "", r.GetString(3))).ToArray(),
            facts.Take(TopRows).Select(Provenance).ToArray(),
            ManyArticles: true);
    }

    private static IReadOnlyList<KeyFigure> KeyFigures(CorpusStore store, IReadOnlyList<FundingFact> facts, int articles)
    {
        var keys = new List<KeyFigure> { new("Total (USD, each figure once)", HumanFormat.Usd(facts.Sum(f => f.ValueUsd))) };
        foreach (var type in Enum.GetValues<AidType>())
        {
            var sum = facts.Where(f => f.AidType == type).Sum(f => f.ValueUsd);
            if (sum > 0) keys.Add(new KeyFigure(type.ToString(), HumanFormat.Usd(sum)));
        }
        keys.Add(new KeyFigure("Articles", articles.ToString("N0", CultureInfo.InvariantCulture)));
        keys.Add(new KeyFigure("Claims", store.Count("claims").ToString("N0", CultureInfo.InvariantCulture)));
        return keys;
    }

    private static IReadOnlyList<string> Summary(IReadOnlyList<FundingFact> facts)
    {
        if (facts.Count == 0) return ["No money figures in the corpus yet."];
        var lines = new List<string>
        {
            $"{facts.Count:N0} distinct figures worth {HumanFormat.Usd(facts.Sum(f => f.ValueUsd))}; {facts.Count(f => f.Sources.Count > 1):N0} of them were reported by more than one article.",
            "Largest: " + string.Join("; ", facts.Take(3).Select(f => $"{f.AmountText} ({HumanFormat.Usd(f.ValueUsd)}){(f.Donor is null ? "" : " from " + f.Donor)}{(f.Recipient is null ? "" : " to " + f.Recipient)}")) + ".",
        };
        var donors = facts.Where(f => f.Donor is not null).GroupBy(f => f.Donor!).Select(g => (g.Key, Usd: g.Sum(f => f.ValueUsd)))
            .OrderByDescending(d => d.Usd).Take(5).ToList();
        if (donors.Count > 0) lines.Add("Top donors: " + string.Join(", ", donors.Select(d => $"{d.Key} ({HumanFormat.Usd(d.Usd)})")) + ".");
        return lines;
    }

    private static FundingRow FactRow(FundingFact f) => new(f.Id, $"{f.Sources.Count} src", f.AmountText, HumanFormat.Usd(f.ValueUsd),
        f.Donor ?? "—", f.Recipient ?? "—", EnumText.Lower(f.AidType), f.Year?.ToString(CultureInfo.InvariantCulture) ?? "—",
        EnumText.Lower(f.Status), f.Reports.Count > 1 ? $"reported {f.Reports.Count}×" : "");

    private static ProvenanceRow Provenance(FundingFact f)
    {
        var report = f.Reports[0];
        var at = report.Context.IndexOf(report.AmountText, StringComparison.Ordinal);
        return at < 0
            ? new ProvenanceRow(f.Id, report.ArticleId[..12], report.Context, "", "", $"article {report.ArticleId[..12]}")
            : new ProvenanceRow(f.Id, report.ArticleId[..12], report.Context[..at], report.AmountText, report.Context[(at + report.AmountText.Length)..],
                $"article {report.ArticleId[..12]}, {f.Sources.Count} source(s)");
    }

    private static string? Str(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
