using AidAnalysis.Model;

namespace AidAnalysis.Frames.Claims;

/// <summary>A claim as a rule finds it, before its text is trimmed and its hedges and negations are read.</summary>
internal sealed record ClaimDraft(Speaker Speaker, ClaimKind Kind, string Cue, Span Span, bool HedgedCue);
