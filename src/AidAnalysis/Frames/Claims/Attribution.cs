using AidAnalysis.Model;

namespace AidAnalysis.Frames.Claims;

/// <summary>Who said what, where (<see cref="Pipeline.Layer.Attributions"/>): a speaker, the cue and the span of the statement as
/// an attribution rule finds it, before the claims stage trims its text and reads its hedges and negations.</summary>
public sealed record Attribution(Speaker Speaker, ClaimKind Kind, string Cue, Span Span, bool HedgedCue);
