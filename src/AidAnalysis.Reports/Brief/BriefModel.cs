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
    bool ManyArticles)
{
    /// <summary>The "Checks" box: findings on how the figures fit together, each citing its rows and words.</summary>
    public IReadOnlyList<CheckRow> Checks { get; init; } = [];

    /// <summary>"showing 40 of 103" notes for lists cut short, by list name ("Funding", "Actors", ...); empty when whole.</summary>
    public IReadOnlyDictionary<string, string> Shown { get; init; } = new Dictionary<string, string>();
}

/// <summary>One check in the brief: what it is, what it found, the figure refs it cites and the words they come from.</summary>
public sealed record CheckRow(string Article, string Kind, string Message, string Refs, string Quote);

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
