using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames.Claims;

/// <summary>"The minister said that Envoy X had warned that the bridge was unsafe": a reported statement that reports
/// another person's is both the outer speaker's claim and, inside it, the named inner speaker's.</summary>
internal sealed class NestedStatementRule(ReportingVerbRule reported)
{
    private readonly ReportingVerbRule _reported = reported;

    /// <summary>How many words may stand between the inner speaker's name and its cue ("Envoy X had warned").</summary>
    private const int InnerSubjectGap = 3;

    public Attribution? NestedStatement(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, List<Attribution> claims, string cue, Span cueSpan)
    {
        if (cue.Equals("according to", StringComparison.OrdinalIgnoreCase)) return null;
        var outer = claims.Skip(Math.Max(0, claims.Count - ReportedSpeech.RecentClaims))
            .LastOrDefault(c => c.Kind == ClaimKind.Reported && c.Span.Start < cueSpan.Start && c.Span.Contains(cueSpan));
        if (outer is null) return null;
        // Only a person named inside the outer statement, right before the cue, and not its speaker: read first, as it is cheap.
        var named = index.Within(new Span(Math.Max(outer.Span.Start, cueSpan.Start - 80), cueSpan.Start))
            .Where(m => m.Actor.Kind == ActorKind.Person && m.Actor.Id != outer.Speaker.ActorId
                && doc.Tokens.ClaimWordCount(new Span(m.Span.End, cueSpan.Start), InnerSubjectGap + 1) <= InnerSubjectGap)
            .Select(m => m.Actor.Id).ToHashSet();
        if (named.Count == 0) return null;
        var inner = _reported.Reported(doc, index, actors, outer.Span, cue, cueSpan, earlier: null);
        // A person who speaks, not an organisation's act ("an appeal for", "Hamas rejects") told inside the statement.
        return inner is not null && inner.Speaker.ActorId is { } id && named.Contains(id) && outer.Span.Contains(inner.Span) ? inner : null;
    }
}
