using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Frames.Claims;

/// <summary>"The council said it had been paid nothing. Its treasurer, X, confirmed this to reporters": a cue whose object
/// points back ("this", "so") names who made the statement of the sentence before.</summary>
internal static class PointBackRule
{
    /// <summary>A person who "disclosed this" speaks the previous sentence's claim that an organisation, country or group was credited with.</summary>
    public static void PointBack(AnalysisDocument doc, List<Attribution> claims, Span sentence, Speaker speaker)
    {
        if (speaker.Kind != ActorKind.Person) return;
        var current = doc.SentenceIndexAt(sentence.Start);
        if (current <= 0) return;
        var previous = doc.Sentences[current - 1].Span;
        var last = claims.FindLastIndex(c => previous.Contains(c.Span) && c.Speaker.Kind != ActorKind.Person);
        if (last >= 0) claims[last] = claims[last] with { Speaker = speaker };
    }
}
