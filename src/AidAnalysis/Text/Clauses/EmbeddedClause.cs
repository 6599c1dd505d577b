using AidAnalysis.Model;

namespace AidAnalysis.Text.Clauses;

public enum ClauseKind : byte
{
    /// <summary>", which runs until 2027", ", whose plan ...": a relative clause set off by a comma.</summary>
    Relative,
    /// <summary>"(as it did last year)", "— the second this year —": a stretch in brackets or between spaced dashes.</summary>
    Parenthetical,
    /// <summary>", he said,", ", officials added", "According to the ministry,": the speaker of the clause around it.</summary>
    Attribution,
}

/// <summary>A clause joined onto or set into a clause of <see cref="ClauseLayer.All"/>. <see cref="Span"/> runs from the mark
/// that opens it (a comma, bracket or dash; an attribution opening the sentence has none) to where it ends, its closing mark
/// included for a parenthetical or an attribution, excluded for a relative clause.</summary>
public readonly record struct EmbeddedClause(ClauseKind Kind, Span Span);
