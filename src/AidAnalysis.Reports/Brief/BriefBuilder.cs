using System.Globalization;
using AidAnalysis.Charts;
using AidAnalysis.Model;
using AidAnalysis.Rendering;
using AidAnalysis.Totals;
using Span = AidAnalysis.Model.Span;

namespace AidAnalysis.Brief;

/// <summary>Builds the brief's model from one or more analyses, with the charts rendered to SVG.</summary>
public static class BriefBuilder
{
    public static async Task<BriefModel> BuildAsync(IReadOnlyList<ArticleAnalysis> analyses, ChromiumSession session, DateOnly today)
    {
        var many = analyses.Count > 1;
        var refs = analyses.Select((a, i) => (Analysis: a, Ref: many ? $"A{i + 1}" : "")).ToList();
        var first = analyses[0].Article;
        var title = many ? $"Aid brief: {analyses.Count} articles" : first.Metadata.Title ?? "Aid brief";
        var subtitle = many
            ? string.Join(" · ", new[] { DateRange(analyses), $"{analyses.Select(a => a.Article.Metadata.Source).Distinct().Count(s => s is not null)} sources" })
            : string.Join(" · ", new[] { first.Metadata.Source, Author(analyses[0]), first.Metadata.Published is null ? null : HumanFormat.Date(first.Metadata.Published) }.Where(s => s is not null));

        var charts = await RenderChartsAsync(ChartsFor(analyses), session);

        return new BriefModel(
            title,
            subtitle,
            HumanFormat.Date(today),
            refs.Select(r => new BriefArticle(r.Ref, r.Analysis.Article.Metadata.Title ?? Path.GetFileName(r.Analysis.Article.Origin),
                r.Analysis.Article.Metadata.Source ?? "source not given", Author(r.Analysis) ?? "author not given",
                HumanFormat.Date(r.Analysis.Article.Metadata.Published), r.Analysis.Article.Id)).ToArray(),
            KeyFigures(analyses),
            SummaryWriter.Write(analyses),
            charts,
            refs.SelectMany(r => r.Analysis.Funding.Select(f => FundingRow(r.Ref, f))).ToArray(),
            refs.SelectMany(r => r.Analysis.AidItems.Select(i => new AidItemRow(r.Ref, i.Item, EnumText.Lower(i.Category),
                i.Lethal ? "lethal" : "non-lethal", EnumText.Lower(i.Status), i.Provider ?? "—", i.Recipient ?? "—"))).ToArray(),
            refs.SelectMany(r => r.Analysis.Actors.Where(a => a.Mentions.Count > 0 || a.Kind != ActorKind.Group)
                .Select(a => new ActorRow(r.Ref, a.Name, EnumText.Lower(a.Kind), a.Role ?? "", a.Affiliation ?? "", a.Mentions.Count))).ToArray(),
            refs.SelectMany(r => r.Analysis.Claims.Select(c => new ClaimRow(r.Ref, c.Speaker, c.Kind == ClaimKind.Quote ? "quote" : "reported",
                c.Hedged ? "hedged" : "", c.Text))).ToArray(),
            refs.SelectMany(r => r.Analysis.Funding.Select(f => Provenance(r.Ref, r.Analysis.Article.Text, f))).ToArray(),
            many)
        {
            Checks = refs.SelectMany(r => r.Analysis.Checks.Select(c => CheckRow(r.Ref, r.Analysis, c))).ToArray(),
        };
    }

    /// <summary>A check as the brief shows it: its kind in words, the rows it cites and their words in the text.</summary>
    public static CheckRow CheckRow(string articleRef, ArticleAnalysis analysis, FundingCheck check) => new(
        articleRef, CheckLabel(check.Kind), check.Message, string.Join(", ", check.FundingIds),
        string.Join(" · ", check.Spans.Select(s => "“" + Shorten(analysis.Article.Text, s) + "”")));

    public static string CheckLabel(CheckKind kind) => kind switch
    {
        CheckKind.PartsExceedTotal => "parts exceed their total",
        CheckKind.ConversionRateOff => "conversion off the year's rate",
        CheckKind.HeadlineDiffers => "headline differs from body",
        CheckKind.ConflictingMentions => "mentions disagree",
        CheckKind.FxYearFallback => "FX year fell back",
        _ => "change from earlier figure",
    };

    /// <summary>The words around a cited amount, about 70 characters either side.</summary>
    private static string Shorten(string text, Span span)
    {
        var start = Math.Clamp(span.Start - 70, 0, text.Length);
        var end = Math.Clamp(span.End + 70, start, text.Length);
        // Cut at word boundaries, never inside a word.
        while (start > 0 && start < span.Start && !char.IsWhiteSpace(text[start - 1])) start++;
        while (end < text.Length && end > span.End && !char.IsWhiteSpace(text[end])) end--;
        return (start > 0 ? "…" : "") + text[start..end].ReplaceLineEndings(" ").Trim() + (end < text.Length ? "…" : "");
    }

    /// <summary>The charts a brief shows; donor → recipient only where there is more than one flow.</summary>
    public static IEnumerable<(string Name, Plotly.NET.GenericChart Chart)> ChartsFor(IReadOnlyList<ArticleAnalysis> analyses) =>
        ChartsFor(AidFigures.ForCharts(analyses), AidFigures.ClaimsForCharts(analyses));

    public static IEnumerable<(string Name, Plotly.NET.GenericChart Chart)> ChartsFor(IReadOnlyList<ChartFigure> figures, IReadOnlyList<ChartClaim> claims)
    {
        if (figures.Count > 0)
        {
            yield return ("Aid over time", AidCharts.AidOverTime(figures));
            yield return ("Aid by type", AidCharts.AidByType(figures));
            yield return ("Aid by donor", AidCharts.AidByDonor(figures));
            var flows = figures.Select(f => (f.Donor, f.Recipient)).Distinct().Count();
            if (flows > 1) yield return ("Donor to recipient", AidCharts.DonorToRecipient(figures));
        }
        if (claims.Count > 0) yield return ("Who says what", AidCharts.ClaimsBySpeaker(claims));
    }

    /// <summary>The charts as inline SVG, each sized to its bars.</summary>
    public static async Task<IReadOnlyList<BriefChart>> RenderChartsAsync(IEnumerable<(string Name, Plotly.NET.GenericChart Chart)> charts, ChromiumSession session)
    {
        var list = charts.ToList();
        var svgs = await session.RenderSvgsAsync(list.Select(c => (ChartExport.FigureJson(c.Chart), ChartExport.PrintWidth, AidCharts.SuggestedHeight(c.Chart))).ToArray());
        return list.Select((c, i) => new BriefChart(c.Name, svgs[i])).ToArray();
    }

    private static IReadOnlyList<KeyFigure> KeyFigures(IReadOnlyList<ArticleAnalysis> analyses)
    {
        var facts = NewMoneyTotals.Facts(analyses);
        var keys = new List<KeyFigure> { new("New money (USD)", HumanFormat.Usd(facts.Sum(f => f.ValueUsd))) };
        foreach (var type in Enum.GetValues<AidType>())
        {
            var sum = facts.Where(f => f.AidType == type).Sum(f => f.ValueUsd);
            if (sum > 0) keys.Add(new KeyFigure(Capitalise(EnumText.Lower(type)), HumanFormat.Usd(sum)));
        }
        var earlier = AidFigures.Earlier(analyses).Where(f => f.ValueUsd is not null).ToList();
        if (earlier.Count > 0) keys.Add(new KeyFigure("Earlier aid, not added", HumanFormat.Usd(earlier.Sum(f => f.ValueUsd!.Value))));
        var asked = AidFigures.Requested(analyses).Where(f => f.ValueUsd is not null).ToList();
        if (asked.Count > 0) keys.Add(new KeyFigure("Requested, not given", HumanFormat.Usd(asked.Sum(f => f.ValueUsd!.Value))));
        keys.Add(new KeyFigure("Actors", analyses.Sum(a => a.Actors.Count(x => x.Mentions.Count > 0)).ToString(CultureInfo.InvariantCulture)));
        keys.Add(new KeyFigure("Claims", analyses.Sum(a => a.Claims.Count).ToString(CultureInfo.InvariantCulture)));
        var requests = analyses.Sum(a => AidFigures.Requested([a]).Count + a.AidItems.Count(i => i.Status == AidItemStatus.Requested));
        keys.Add(new KeyFigure("Requests", requests.ToString(CultureInfo.InvariantCulture)));
        return keys;
    }

    private static FundingRow FundingRow(string articleRef, FundingFigure f)
    {
        var recipient = (f.Recipient, f.Channel) switch
        {
            (null, null) => "—",
            (_, null) => f.Recipient!,
            (null, _) => "via " + f.Channel,
            _ => $"{f.Recipient} via {f.Channel}",
        };
        var notes = new List<string>();
        if (f.Counted) notes.Add("new money");
        if (f.Status == FundingStatus.Previous) notes.Add("earlier money, not added");
        if (f.Status == FundingStatus.Requested) notes.Add("asked for, not added");
        if (f.PartOfId is not null) notes.Add("part of " + f.PartOfId);
        if (f.ConvertedFromId is not null) notes.Add("conversion of " + f.ConvertedFromId);
        if (f.ValueHigh is not null) notes.Add("range up to " + HumanFormat.Amount(f.ValueHigh, f.Currency));
        if (f.Value is null) notes.Add("vague amount");
        if (f.IsTotal) notes.Add("total");
        if (f.FxYear is not null && f.Currency != "USD") notes.Add($"FX {f.FxYear}");
        return new FundingRow(f.Id, articleRef, f.AmountText, HumanFormat.Usd(f.ValueUsd), f.Donor ?? "—", recipient,
            EnumText.Lower(f.AidType), f.Year?.ToString(CultureInfo.InvariantCulture) ?? "—", EnumText.Lower(f.Status), string.Join("; ", notes));
    }

    private static ProvenanceRow Provenance(string articleRef, string text, FundingFigure f) => new(
        f.Id, articleRef,
        text[f.Context.Start..f.Span.Start], text[f.Span.Start..f.Span.End], text[f.Span.End..Math.Max(f.Span.End, f.Context.End)],
        $"characters {f.Span.Start}–{f.Span.End}");

    private static string DateRange(IReadOnlyList<ArticleAnalysis> analyses)
    {
        var dates = analyses.Select(a => a.Article.Metadata.Published).Where(d => d is not null).Select(d => d!.Value).Order().ToList();
        return dates.Count == 0 ? "dates not given" : $"{HumanFormat.Date(dates[0])} – {HumanFormat.Date(dates[^1])}";
    }

    /// <summary>The author from the metadata, else the byline found in the text.</summary>
    private static string? Author(ArticleAnalysis analysis) =>
        analysis.Article.Metadata.Author
        ?? analysis.Actors.FirstOrDefault(a => a.Kind == ActorKind.Person && a.Role == "author")?.Name;

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
