using System.Globalization;
using AidAnalysis.Brief;
using AidAnalysis.Charts;
using AidAnalysis.Model;
using AidAnalysis.Rendering;
using AidAnalysis.Totals;

namespace AidAnalysis.Corpus;

/// <summary>
/// The brief for a whole corpus: the new money as reconciled facts (each figure once, every source listed) by figure
/// year, donor and type, earlier money and requests apart; the most-mentioned actors; who says what. Same template as a
/// single brief; every list says how many rows it shows of how many, and articles are cited by title, source and date.
/// </summary>
public static class CorpusReport
{
    private const int TopRows = 40;

    /// <summary>Every stored figure that is not a conversion and has a value, with its relations and article.</summary>
    public static IReadOnlyList<StoredFigure> Figures(CorpusStore store) => StoredFigures.Read(store);

    /// <summary>The corpus's new money, each figure once (<see cref="FactReconciler"/>).</summary>
    public static IReadOnlyList<FundingFact> Facts(CorpusStore store) => FactReconciler.Reconcile(Figures(store));

    /// <summary>Figures of one status that are not inside another of that status in their article (a running total's earlier
    /// parts, a request's lines): earlier money and requests as the report lists them, apart from the new money.</summary>
    public static IReadOnlyList<StoredFigure> Outermost(IReadOnlyList<StoredFigure> figures, FundingStatus status)
    {
        var byKey = figures.ToDictionary(f => (f.ArticleId, f.Id));
        return figures.Where(f => f.Status == status
                && !(f.PartOf is { } p && byKey.TryGetValue((f.ArticleId, p), out var parent) && parent.Status == status))
            .OrderByDescending(f => f.ValueUsd ?? 0).ToArray();
    }

    public static async Task<BriefModel> BuildAsync(CorpusStore store, ChromiumSession session, DateOnly today)
    {
        var figures = Figures(store);
        var facts = FactReconciler.Reconcile(figures);
        var earlier = Outermost(figures, FundingStatus.Previous);
        var requested = Outermost(figures, FundingStatus.Requested);
        var articles = store.Read("SELECT article_id, title, source, author, published FROM articles ORDER BY published NULLS LAST, article_id",
            r => (Id: r.GetString(0), Title: Str(r, 1), Source: Str(r, 2), Author: Str(r, 3), Published: r.IsDBNull(4) ? (DateOnly?)null : DateOnly.FromDateTime(r.GetDateTime(4))))
            .Select((a, i) => new BriefArticle($"A{i + 1}", a.Title ?? "untitled article", a.Source ?? "source not given", a.Author ?? "author not given",
                HumanFormat.Date(a.Published), a.Id)).ToList();
        var refs = articles.ToDictionary(a => a.Id, a => a.Ref);
        var claims = store.Read("SELECT speaker, kind FROM claims", r => new ChartClaim(r.GetString(0), Enum.Parse<ClaimKind>(r.GetString(1), true))).ToArray();
        var chartFigures = facts.Select(AidFigures.ToChart).ToArray();
        var charts = await BriefBuilder.RenderChartsAsync(BriefBuilder.ChartsFor(chartFigures, claims), session);

        var shownArticles = articles.Take(TopArticles).ToList();
        var aidItemGroups = store.Read("SELECT count(*) FROM (SELECT DISTINCT item, category, lethal, status FROM aid_items)", r => r.GetInt64(0)).Single();
        var actorGroups = store.Read("SELECT count(*) FROM (SELECT DISTINCT name, kind FROM actors WHERE mentions <> '')", r => r.GetInt64(0)).Single();
        var claimCount = store.Count("claims");
        var aidItems = store.Read($"""
                SELECT item, category, lethal, status, count(DISTINCT article_id) AS n, mode(provider), mode(recipient)
                FROM aid_items GROUP BY ALL ORDER BY n DESC, item LIMIT {TopRows}
                """,
                r => new AidItemRow($"{r.GetInt64(4)} art.", r.GetString(0), r.GetString(1), r.GetBoolean(2) ? "lethal" : "non-lethal",
                    r.GetString(3), Str(r, 5) ?? "—", Str(r, 6) ?? "—")).ToArray();
        var actors = store.Read($"""
                SELECT name, kind, mode(role), mode(affiliation), count(DISTINCT article_id) AS n
                FROM actors WHERE mentions <> '' GROUP BY name, kind ORDER BY n DESC, name LIMIT {TopRows}
                """,
                r => new ActorRow($"{r.GetInt64(4)} art.", r.GetString(0), r.GetString(1), Str(r, 2) ?? "", Str(r, 3) ?? "", (int)r.GetInt64(4))).ToArray();
        var claimRows = store.Read($"""
                SELECT speaker, kind, hedged, text, article_id FROM (
                    SELECT c.*, row_number() OVER (PARTITION BY speaker ORDER BY a.published DESC NULLS LAST, c.article_id, c.id) AS rn,
                           count(*) OVER (PARTITION BY speaker) AS n
                    FROM claims c JOIN articles a USING (article_id)) WHERE rn <= 2 ORDER BY n DESC, speaker, rn LIMIT {TopRows}
                """,
                r => new ClaimRow(refs.GetValueOrDefault(r.GetString(4), ""), r.GetString(0), r.GetString(1), r.GetBoolean(2) ? "hedged" : "", r.GetString(3))).ToArray();
        var shownFacts = facts.Take(TopRows).ToList();

        return new BriefModel(
            "Aid corpus report",
            $"{articles.Count:N0} articles · {articles.Select(a => a.Source).Distinct().Count():N0} sources · {facts.Count:N0} distinct new-money figures",
            HumanFormat.Date(today),
            shownArticles,
            KeyFigures(store, facts, earlier, requested, articles.Count),
            Summary(facts, earlier, requested),
            charts,
            shownFacts.Select(f => FactRow(f, refs)).ToArray(),
            aidItems,
            actors,
            claimRows,
            shownFacts.Select(f => Provenance(f, refs)).ToArray(),
            ManyArticles: true)
        {
            Shown = new Dictionary<string, string>
            {
                ["Articles"] = Showing(shownArticles.Count, articles.Count, "articles", "oldest first"),
                ["Funding"] = Showing(shownFacts.Count, facts.Count, "new-money figures", "largest first; each figure once however many articles report it; earlier money and requests are in the summary"),
                ["AidItems"] = Showing(aidItems.Length, aidItemGroups, "aid items", "most reported first"),
                ["Actors"] = Showing(actors.Length, actorGroups, "actors", "most reported first"),
                ["Claims"] = Showing(claimRows.Length, claimCount, "claims", "at most two per speaker, most quoted speakers first"),
                ["Provenance"] = Showing(shownFacts.Count, facts.Count, "figures", "as in the funding table"),
            },
        };
    }

    private const int TopArticles = 25;

    /// <summary>Every list says how much of the whole it shows: "showing 40 of 103 new-money figures (largest first)".</summary>
    public static string Showing(long shown, long total, string what, string order) =>
        shown >= total ? $"all {total:N0} {what} ({order})" : $"showing {shown:N0} of {total:N0} {what} ({order})";

    private static IReadOnlyList<KeyFigure> KeyFigures(CorpusStore store, IReadOnlyList<FundingFact> facts, IReadOnlyList<StoredFigure> earlier,
        IReadOnlyList<StoredFigure> requested, int articles)
    {
        var keys = new List<KeyFigure> { new("New money (USD, each once)", HumanFormat.Usd(facts.Sum(f => f.ValueUsd))) };
        foreach (var type in Enum.GetValues<AidType>())
        {
            var sum = facts.Where(f => f.AidType == type).Sum(f => f.ValueUsd);
            if (sum > 0) keys.Add(new KeyFigure(type.ToString(), HumanFormat.Usd(sum)));
        }
        keys.Add(new KeyFigure("Earlier figures, not added", earlier.Count.ToString("N0", CultureInfo.InvariantCulture)));
        keys.Add(new KeyFigure("Requests, not given", requested.Count.ToString("N0", CultureInfo.InvariantCulture)));
        keys.Add(new KeyFigure("Articles", articles.ToString("N0", CultureInfo.InvariantCulture)));
        keys.Add(new KeyFigure("Claims", store.Count("claims").ToString("N0", CultureInfo.InvariantCulture)));
        return keys;
    }

    private static IReadOnlyList<string> Summary(IReadOnlyList<FundingFact> facts, IReadOnlyList<StoredFigure> earlier, IReadOnlyList<StoredFigure> requested)
    {
        var lines = new List<string>();
        if (facts.Count == 0) lines.Add("No new money in the corpus yet.");
        else
        {
            lines.Add($"New money: {facts.Count:N0} distinct figures worth {HumanFormat.Usd(facts.Sum(f => f.ValueUsd))}, each counted once; {facts.Count(f => f.Sources.Count > 1):N0} of them were reported by more than one article. Parts of packages, running totals, conversions and earlier money are not added.");
            lines.Add("Largest: " + string.Join("; ", facts.Take(3).Select(f => $"{f.AmountText} ({HumanFormat.Usd(f.ValueUsd)}){(f.Donor is null ? "" : " from " + f.Donor)}{(f.Recipient is null ? "" : " to " + f.Recipient)}")) + ".");
            var years = facts.GroupBy(f => f.Year).OrderBy(g => g.Key ?? int.MaxValue)
                .Select(g => $"{(g.Key is { } y ? y.ToString(CultureInfo.InvariantCulture) : "undated")} {HumanFormat.Usd(g.Sum(f => f.ValueUsd))}").ToList();
            lines.Add("By figure year: " + string.Join(", ", years) + ".");
            var donors = facts.Where(f => f.Donor is not null).GroupBy(f => f.Donor!).Select(g => (g.Key, Usd: g.Sum(f => f.ValueUsd)))
                .OrderByDescending(d => d.Usd).Take(5).ToList();
            if (donors.Count > 0) lines.Add("Top donors: " + string.Join(", ", donors.Select(d => $"{d.Key} ({HumanFormat.Usd(d.Usd)})")) + ".");
        }
        if (earlier.Count > 0)
            lines.Add($"Earlier or cumulative money mentioned as background, not added ({Showing(Math.Min(3, earlier.Count), earlier.Count, "figures", "largest first")}): "
                + string.Join("; ", earlier.Take(3).Select(Describe)) + ".");
        if (requested.Count > 0)
            lines.Add($"Requests and appeals, not added ({Showing(Math.Min(3, requested.Count), requested.Count, "figures", "largest first")}): "
                + string.Join("; ", requested.Take(3).Select(Describe)) + ".");
        return lines;
    }

    private static string Describe(StoredFigure f) =>
        $"{f.AmountText}{(f.ValueUsd is { } usd ? $" ({HumanFormat.Usd(usd)})" : "")}{(f.Donor is null ? "" : " from " + f.Donor)}, {Citation(f)}";

    /// <summary>An article as a reader cites it: title, source and date.</summary>
    private static string Citation(StoredFigure f) =>
        $"“{f.Title ?? "untitled article"}”, {f.Source ?? "source not given"}, {HumanFormat.Date(f.Published)}";

    private static FundingRow FactRow(FundingFact f, IReadOnlyDictionary<string, string> refs) => new(f.Id,
        string.Join(" ", f.Sources.Select(s => refs.GetValueOrDefault(s, "?"))), f.AmountText, HumanFormat.Usd(f.ValueUsd),
        f.Donor ?? "—", f.Recipient ?? "—", EnumText.Lower(f.AidType), f.Year?.ToString(CultureInfo.InvariantCulture) ?? "—",
        EnumText.Lower(f.Status), f.Reports.Count > 1 ? $"reported {f.Reports.Count}×, counted once" : "");

    private static ProvenanceRow Provenance(FundingFact f, IReadOnlyDictionary<string, string> refs)
    {
        var report = f.Reports[0];
        var cited = $"{refs.GetValueOrDefault(report.ArticleId, "?")} {Citation(report)}";
        var at = report.Context.IndexOf(report.AmountText, StringComparison.Ordinal);
        var sources = f.Sources.Count == 1 ? "1 article" : $"{f.Sources.Count} articles: {string.Join(" ", f.Sources.Select(s => refs.GetValueOrDefault(s, "?")))}";
        return at < 0
            ? new ProvenanceRow(f.Id, cited, report.Context, "", "", sources)
            : new ProvenanceRow(f.Id, cited, report.Context[..at], report.AmountText, report.Context[(at + report.AmountText.Length)..], sources);
    }

    private static string? Str(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
