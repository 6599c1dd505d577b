using AidAnalysis.Model;

namespace AidAnalysis.Pipeline;

/// <summary>A sentence and the paragraph it belongs to.</summary>
public sealed record Sentence(Span Span, int Paragraph);

/// <summary>A quoted passage: <see cref="Content"/> is inside the marks, <see cref="Outer"/> includes them.</summary>
public sealed record Quotation(Span Content, Span Outer, int Paragraph);

public enum MentionType { Country, Seat, Demonym, Organization, Person, Byline }

/// <summary>A recognised name in the text, with the canonical name it refers to.</summary>
public sealed record EntityMention(
    Span Span,
    MentionType Type,
    string Canonical,
    string? Role = null,
    string? Affiliation = null);

/// <summary>A money amount as written, with its value and currency.</summary>
public sealed record MoneyMention(
    Span Span,
    string Text,
    double? Value,
    double? High,
    string Currency,
    int? ConvertedFrom);

/// <summary>A year reference: explicit ("in 2025") or relative to the publication date ("next year").</summary>
public sealed record YearMention(Span Span, int? Year, int? RelativeOffset);
