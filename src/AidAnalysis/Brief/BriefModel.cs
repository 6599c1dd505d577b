namespace AidAnalysis.Brief;

/// <summary>Everything the brief template shows, already formatted; the template only lays it out.</summary>
public sealed record BriefModel(
    string Title,
    string Subtitle,
    string GeneratedOn,
    IReadOnlyList<BriefArticle> Articles,
    IReadOnlyList<KeyFigure> KeyFigures,
    IReadOnlyList<string> Summary,
    IReadOnlyList<BriefChart> Charts,
    IReadOnlyList<FundingRow> Funding,
    IReadOnlyList<AidItemRow> AidItems,
    IReadOnlyList<ActorRow> Actors,
    IReadOnlyList<ClaimRow> Claims,
    IReadOnlyList<ProvenanceRow> Provenance,
    bool ManyArticles);

public sealed record BriefArticle(string Ref, string Title, string Source, string Author, string Published, string Id);

public sealed record KeyFigure(string Label, string Value);

/// <summary>A chart as inline SVG (for print) — trusted markup produced by plotly.js from our own data.</summary>
public sealed record BriefChart(string Title, string Svg);

public sealed record FundingRow(string Ref, string Article, string AsWritten, string Usd, string Donor, string Recipient, string Type, string Year, string Status, string Note);

public sealed record AidItemRow(string Article, string Item, string Category, string Lethal, string Status, string Provider, string Recipient);

public sealed record ActorRow(string Article, string Name, string Kind, string Role, string Affiliation, int Mentions);

public sealed record ClaimRow(string Article, string Speaker, string Kind, string Hedged, string Text);

/// <summary>A figure's source sentence split around the amount, so the template can highlight it and still escape all text.</summary>
public sealed record ProvenanceRow(string Ref, string Article, string Before, string Amount, string After, string Offsets);
