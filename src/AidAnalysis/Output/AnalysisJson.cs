using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AidAnalysis.Model;

namespace AidAnalysis.Output;

/// <summary>The analysis JSON of SCHEMA.md: snake_case fields, lower-case enums, flat start/end offsets.</summary>
public static class AnalysisJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Serialize(ArticleAnalysis analysis) => JsonSerializer.Serialize(ToDto(analysis), Options);

    public static string Serialize(IReadOnlyList<ArticleAnalysis> analyses) =>
        analyses.Count == 1 ? Serialize(analyses[0]) : JsonSerializer.Serialize(analyses.Select(ToDto), Options);

    public static AnalysisDto ToDto(ArticleAnalysis a) => new(
        new ArticleDto(a.Article.Id, a.Article.Metadata.Title, a.Article.Metadata.Source, a.Article.Metadata.Author,
            a.Article.Metadata.Published?.ToString("yyyy-MM-dd"), a.Article.Metadata.Url, "en", a.Article.Text.Length, a.Article.Origin),
        a.Actors.Select(x => new ActorDto(x.Id, x.Name, x.Kind, x.Role, x.Affiliation,
            x.Mentions.Select(m => new SpanDto(m.Start, m.End)).ToArray())).ToArray(),
        a.Claims.Select(c => new ClaimDto(c.Id, c.Speaker, c.SpeakerId, c.SpeakerKind, c.Kind, c.Cue, c.Text, c.Hedged, c.Negated,
            c.Span.Start, c.Span.End, c.FundingIds, c.AidItemIds)).ToArray(),
        a.Funding.Select(f => new FundingDto(f.Id, f.AmountText, f.Value, f.ValueHigh, f.Currency, Round(f.ValueUsd), f.FxYear,
            f.Donor, f.DonorBody, f.Recipient, f.Channel, f.Purpose, f.AidType, f.Year, f.Status, f.IsTotal, f.PartOfId, f.ConvertedFromId, f.Counted,
            f.Span.Start, f.Span.End, f.Mentions.Select(m => new SpanDto(m.Start, m.End)).ToArray())).ToArray(),
        a.AidItems.Select(i => new AidItemDto(i.Id, i.Item, i.Category, i.Lethal, i.Status, i.Provider, i.Recipient,
            i.Span.Start, i.Span.End)).ToArray(),
        a.Checks.Select(c => new CheckDto(c.Id, c.Kind, c.Message, c.FundingIds, c.Spans.Select(s => new SpanDto(s.Start, s.End)).ToArray(),
            c.Change is { } change ? Math.Round(change, 4) : null)).ToArray());

    private static double? Round(double? usd) => usd is { } v ? Math.Round(v, 2) : null;
}

public sealed record AnalysisDto(ArticleDto Article, ActorDto[] Actors, ClaimDto[] Claims, FundingDto[] Funding, AidItemDto[] AidItems, CheckDto[] Checks);

public sealed record ArticleDto(string Id, string? Title, string? Source, string? Author, string? Published, string? Url, string Language, int Chars, string Origin);

public sealed record SpanDto(int Start, int End);

public sealed record ActorDto(string Id, string Name, ActorKind Kind, string? Role, string? Affiliation, SpanDto[] Mentions);

public sealed record ClaimDto(string Id, string Speaker, string? SpeakerId, ActorKind SpeakerKind, ClaimKind Kind, string Cue, string Text,
    bool Hedged, bool Negated, int Start, int End, IReadOnlyList<string> FundingIds, IReadOnlyList<string> AidItemIds);

public sealed record FundingDto(string Id, string AmountText, double? Value, double? ValueHigh, string Currency, double? ValueUsd, int? FxYear,
    string? Donor, string? DonorBody, string? Recipient, string? Channel, string? Purpose, AidType AidType, int? Year, FundingStatus Status, bool IsTotal,
    string? PartOf, string? ConvertedFrom, bool Counted, int Start, int End, SpanDto[] Mentions);

public sealed record AidItemDto(string Id, string Item, AidType Category, bool Lethal, AidItemStatus Status, string? Provider, string? Recipient, int Start, int End);

/// <summary>A check on the figures (SCHEMA.md extension): kind, message, the funding rows and spans it cites, and the change
/// it measures where it measures one (a share: -0.3333 for a third less).</summary>
public sealed record CheckDto(string Id, CheckKind Kind, string Message, IReadOnlyList<string> FundingIds, SpanDto[] Spans, double? Change);
