namespace AidAnalysis.Model;

public enum ActorKind { Person, Organization, Country, Group }

public enum ClaimKind { Quote, Reported }

public enum AidType { Military, Humanitarian, Financial, Unspecified }

public enum FundingStatus { Pledged, Allocated, Delivered, Requested, Previous, Unspecified }

public enum AidItemStatus { Requested, Delivered, Pledged, Unspecified }

/// <summary>One real-world actor with every place it is mentioned.</summary>
public sealed record Actor(
    string Id,
    string Name,
    ActorKind Kind,
    string? Role,
    string? Affiliation,
    IReadOnlyList<Span> Mentions);

/// <summary>An attributed statement: who said or expects what.</summary>
public sealed record Claim(
    string Id,
    string Speaker,
    string? SpeakerId,
    ActorKind SpeakerKind,
    ClaimKind Kind,
    string Cue,
    string Text,
    Span Span,
    bool Hedged,
    bool Negated,
    IReadOnlyList<string> FundingIds,
    IReadOnlyList<string> AidItemIds);

/// <summary>A money amount and the aid frame around it; <see cref="Context"/> is the sentence it was read from.</summary>
public sealed record FundingFigure(
    string Id,
    string AmountText,
    double? Value,
    double? ValueHigh,
    string Currency,
    double? ValueUsd,
    int? FxYear,
    string? Donor,
    string? Recipient,
    string? Channel,
    string? Purpose,
    AidType AidType,
    int? Year,
    FundingStatus Status,
    bool IsTotal,
    string? ConvertedFromId,
    Span Span,
    IReadOnlyList<Span> Mentions,
    Span Context)
{
    /// <summary>The body the text names for the donor (USAID for the United States, the Commission for the European Union),
    /// or the official who announces it, when it differs from the donor (SCHEMA.md `donor_body`).</summary>
    public string? DonorBody { get; init; }

    /// <summary>The id of the figure this one is a component of: a package's line, a total's tranche, a running total's new figure.</summary>
    public string? PartOfId { get; init; }

    /// <summary>Whether the figure is the article's new money, the only figures totals add up (SCHEMA.md `counted`).</summary>
    public bool Counted { get; init; }

    /// <summary>What each mention's own clause said before repeats were merged, for the conflicting-mentions check.</summary>
    public IReadOnlyList<MentionReading> Readings { get; init; } = [];
}

/// <summary>The donor, recipient and status one mention of a repeated figure was read with.</summary>
public sealed record MentionReading(Span Span, string? Donor, string? Recipient, FundingStatus Status);

public enum CheckKind { PartsExceedTotal, ConversionRateOff, HeadlineDiffers, ConflictingMentions, ChangeFromEarlier, FxYearFallback }

/// <summary>
/// Something about the article's figures an analyst should look at, citing the figures and spans involved: parts that add up
/// to more than their total, a conversion at an implausible rate, a headline that differs from the body, one figure given two
/// donors or statuses, or the change between an earlier and a new figure (<see cref="Change"/>, e.g. -0.33).
/// </summary>
public sealed record FundingCheck(string Id, CheckKind Kind, string Message, IReadOnlyList<string> FundingIds, IReadOnlyList<Span> Spans, double? Change = null);

/// <summary>In-kind aid: equipment, supplies, food.</summary>
public sealed record AidItem(
    string Id,
    string Item,
    AidType Category,
    bool Lethal,
    AidItemStatus Status,
    string? Provider,
    string? Recipient,
    Span Span);

/// <summary>The result of analysing one article.</summary>
public sealed record ArticleAnalysis(
    Article Article,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<FundingFigure> Funding,
    IReadOnlyList<AidItem> AidItems)
{
    /// <summary>Checks on the funding figures (see <see cref="FundingCheck"/>).</summary>
    public IReadOnlyList<FundingCheck> Checks { get; init; } = [];
}
