using Microsoft.Data.Analysis;
using AidAnalysis.Model;
using static AidAnalysis.Model.EnumText;

namespace AidAnalysis.Tables;

/// <summary>The analysis as Microsoft.Data.Analysis DataFrames with typed columns.</summary>
public sealed record AnalysisTables(DataFrame Actors, DataFrame Claims, DataFrame Funding, DataFrame AidItems, DataFrame Mentions, DataFrame Checks)
{
    public IEnumerable<(string Name, DataFrame Table)> All =>
        [("actors", Actors), ("claims", Claims), ("funding", Funding), ("aid_items", AidItems), ("mentions", Mentions), ("checks", Checks)];

    /// <summary>US dollars of the new money (the `counted` rows): the total every table, chart and brief shows.</summary>
    public double NewMoneyUsd => Sum(Funding, "counted", true);

    /// <summary>US dollars of earlier and cumulative money mentioned as background: shown apart, never added to new money.</summary>
    public double EarlierUsd => Funding.Rows.Where(r => r["status"] as string == "previous" && r["converted_from"] is null && r["in_earlier_total"] is false)
        .Sum(r => r["value_usd"] as double? ?? 0);

    private static double Sum(DataFrame table, string flag, bool value) =>
        table.Rows.Where(r => r[flag] is bool b && b == value).Sum(r => r["value_usd"] as double? ?? 0);

    public static AnalysisTables From(ArticleAnalysis analysis) => From([analysis]);

    /// <summary>Tables over several articles; every row carries its article id.</summary>
    public static AnalysisTables From(IReadOnlyList<ArticleAnalysis> analyses) => new(
        ActorTable(analyses), ClaimTable(analyses), FundingTable(analyses), AidItemTable(analyses), MentionTable(analyses), CheckTable(analyses));

    private static DataFrame ActorTable(IReadOnlyList<ArticleAnalysis> analyses)
    {
        var rows = analyses.SelectMany(a => a.Actors.Select(x => (a.Article, Actor: x))).ToList();
        return new DataFrame(
            Str("article_id", rows.Select(r => r.Article.Id)),
            Str("id", rows.Select(r => r.Actor.Id)),
            Str("name", rows.Select(r => r.Actor.Name)),
            Str("kind", rows.Select(r => Lower(r.Actor.Kind))),
            Str("role", rows.Select(r => r.Actor.Role)),
            Str("affiliation", rows.Select(r => r.Actor.Affiliation)),
            new Int32DataFrameColumn("mentions", rows.Select(r => (int?)r.Actor.Mentions.Count)),
            new Int32DataFrameColumn("start", rows.Select(r => r.Actor.Mentions.Count > 0 ? (int?)r.Actor.Mentions[0].Start : null)),
            new Int32DataFrameColumn("end", rows.Select(r => r.Actor.Mentions.Count > 0 ? (int?)r.Actor.Mentions[0].End : null)));
    }

    private static DataFrame ClaimTable(IReadOnlyList<ArticleAnalysis> analyses)
    {
        var rows = analyses.SelectMany(a => a.Claims.Select(c => (a.Article, Claim: c))).ToList();
        return new DataFrame(
            Str("article_id", rows.Select(r => r.Article.Id)),
            Str("id", rows.Select(r => r.Claim.Id)),
            Str("speaker", rows.Select(r => r.Claim.Speaker)),
            Str("speaker_kind", rows.Select(r => Lower(r.Claim.SpeakerKind))),
            Str("kind", rows.Select(r => Lower(r.Claim.Kind))),
            Str("cue", rows.Select(r => r.Claim.Cue)),
            Str("text", rows.Select(r => r.Claim.Text)),
            new BooleanDataFrameColumn("hedged", rows.Select(r => (bool?)r.Claim.Hedged)),
            new BooleanDataFrameColumn("negated", rows.Select(r => (bool?)r.Claim.Negated)),
            Str("funding_ids", rows.Select(r => string.Join(' ', r.Claim.FundingIds))),
            new Int32DataFrameColumn("start", rows.Select(r => (int?)r.Claim.Span.Start)),
            new Int32DataFrameColumn("end", rows.Select(r => (int?)r.Claim.Span.End)));
    }

    private static DataFrame FundingTable(IReadOnlyList<ArticleAnalysis> analyses)
    {
        var rows = analyses.SelectMany(a => a.Funding.Select(f => (a.Article, Analysis: a, Figure: f))).ToList();
        return new DataFrame(
            Str("article_id", rows.Select(r => r.Article.Id)),
            Str("id", rows.Select(r => r.Figure.Id)),
            Str("amount_text", rows.Select(r => r.Figure.AmountText)),
            new DoubleDataFrameColumn("value", rows.Select(r => r.Figure.Value)),
            new DoubleDataFrameColumn("value_high", rows.Select(r => r.Figure.ValueHigh)),
            Str("currency", rows.Select(r => r.Figure.Currency)),
            new DoubleDataFrameColumn("value_usd", rows.Select(r => r.Figure.ValueUsd)),
            new Int32DataFrameColumn("fx_year", rows.Select(r => r.Figure.FxYear)),
            Str("donor", rows.Select(r => r.Figure.Donor)),
            Str("recipient", rows.Select(r => r.Figure.Recipient)),
            Str("channel", rows.Select(r => r.Figure.Channel)),
            Str("purpose", rows.Select(r => r.Figure.Purpose)),
            Str("aid_type", rows.Select(r => Lower(r.Figure.AidType))),
            new Int32DataFrameColumn("year", rows.Select(r => r.Figure.Year)),
            Str("status", rows.Select(r => Lower(r.Figure.Status))),
            new BooleanDataFrameColumn("is_total", rows.Select(r => (bool?)r.Figure.IsTotal)),
            Str("converted_from", rows.Select(r => r.Figure.ConvertedFromId)),
            Str("part_of", rows.Select(r => r.Figure.PartOfId)),
            new BooleanDataFrameColumn("counted", rows.Select(r => (bool?)r.Figure.Counted)),
            // Earlier money inside another earlier row (a running total's parts) is already in that row's amount.
            new BooleanDataFrameColumn("in_earlier_total", rows.Select(r => (bool?)(r.Figure.PartOfId is { } p
                && r.Analysis.Funding.Any(x => x.Id == p && x.Status == FundingStatus.Previous)))),
            new Int32DataFrameColumn("start", rows.Select(r => (int?)r.Figure.Span.Start)),
            new Int32DataFrameColumn("end", rows.Select(r => (int?)r.Figure.Span.End)));
    }

    /// <summary>The checks on the figures, one row each, with the funding ids and the spans they cite.</summary>
    private static DataFrame CheckTable(IReadOnlyList<ArticleAnalysis> analyses)
    {
        var rows = analyses.SelectMany(a => a.Checks.Select(c => (a.Article, Check: c))).ToList();
        return new DataFrame(
            Str("article_id", rows.Select(r => r.Article.Id)),
            Str("id", rows.Select(r => r.Check.Id)),
            Str("kind", rows.Select(r => AidAnalysis.Frames.Relations.Checks.CheckText.Name(r.Check.Kind))),
            Str("message", rows.Select(r => r.Check.Message)),
            Str("funding_ids", rows.Select(r => string.Join(' ', r.Check.FundingIds))),
            Str("spans", rows.Select(r => string.Join(' ', r.Check.Spans.Select(s => $"{s.Start}-{s.End}")))),
            new DoubleDataFrameColumn("change", rows.Select(r => r.Check.Change)));
    }

    private static DataFrame AidItemTable(IReadOnlyList<ArticleAnalysis> analyses)
    {
        var rows = analyses.SelectMany(a => a.AidItems.Select(i => (a.Article, Item: i))).ToList();
        return new DataFrame(
            Str("article_id", rows.Select(r => r.Article.Id)),
            Str("id", rows.Select(r => r.Item.Id)),
            Str("item", rows.Select(r => r.Item.Item)),
            Str("category", rows.Select(r => Lower(r.Item.Category))),
            new BooleanDataFrameColumn("lethal", rows.Select(r => (bool?)r.Item.Lethal)),
            Str("status", rows.Select(r => Lower(r.Item.Status))),
            Str("provider", rows.Select(r => r.Item.Provider)),
            Str("recipient", rows.Select(r => r.Item.Recipient)),
            new Int32DataFrameColumn("start", rows.Select(r => (int?)r.Item.Span.Start)),
            new Int32DataFrameColumn("end", rows.Select(r => (int?)r.Item.Span.End)));
    }

    /// <summary>Long format: one row per actor mention, with the words it covers.</summary>
    private static DataFrame MentionTable(IReadOnlyList<ArticleAnalysis> analyses)
    {
        var rows = analyses.SelectMany(a => a.Actors.SelectMany(x => x.Mentions.Select(m => (a.Article, Actor: x, Span: m)))).ToList();
        return new DataFrame(
            Str("article_id", rows.Select(r => r.Article.Id)),
            Str("actor_id", rows.Select(r => r.Actor.Id)),
            Str("name", rows.Select(r => r.Actor.Name)),
            Str("kind", rows.Select(r => Lower(r.Actor.Kind))),
            Str("text", rows.Select(r => r.Span.Of(r.Article.Text))),
            new Int32DataFrameColumn("start", rows.Select(r => (int?)r.Span.Start)),
            new Int32DataFrameColumn("end", rows.Select(r => (int?)r.Span.End)));
    }

    private static StringDataFrameColumn Str(string name, IEnumerable<string?> values) => new(name, values);
}
