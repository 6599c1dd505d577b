using AidAnalysis.Model;

namespace AidAnalysis.Text.Phrases;

/// <summary>"A, B, C and D": the members in text order (each a span of its words) and the coordinator before the last one.
/// <see cref="Span"/> runs from the first member's start to the last member's end.</summary>
public sealed record CoordinatedList(Span Span, IReadOnlyList<Span> Members, Span Coordinator);

/// <summary>"X, a former envoy, said": the name (<see cref="Head"/>) and the appositive after its comma (<see cref="Appositive"/>,
/// without the commas).</summary>
public sealed record Apposition(Span Head, Span Appositive);

/// <summary>"Norway’s new aid package", "donors’ funds": the owner, the possessive marker ("’s" or the bare apostrophe) and
/// the noun phrase it owns (<see cref="Head"/>, its modifiers and head noun), whose last word is <see cref="HeadWord"/>.</summary>
public sealed record Possessive(Span Owner, Span Marker, Span Head, Span HeadWord);

public enum ParentheticalKind : byte
{
    /// <summary>"(AECID)", "[sic]"</summary>
    Brackets,
    /// <summary>"— as it did last year —"</summary>
    Dashes,
    /// <summary>", he said,", ", officials added,", ", according to the ministry,"</summary>
    Attribution,
}

/// <summary>A stretch set off from its sentence: <see cref="Span"/> includes the marks around it, <see cref="Inner"/> does not.</summary>
public sealed record Parenthetical(ParentheticalKind Kind, Span Span, Span Inner);
