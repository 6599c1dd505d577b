using System.Text.RegularExpressions;
using AidAnalysis.Frames.Claims;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>"according to Ecuador's National Secretariat for Risk Management", "according to the UN refugee agency UNHCR":
/// the source is the head of its noun phrase, not a possessor or a modifier named before it.</summary>
public sealed partial class ClaimBuilder
{
    /// <summary>"'s " (a possessor) or a few lower-case common words ("refugee agency") between two names of one phrase.</summary>
    [GeneratedRegex(@"^(?:['’]s\s+|\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3})$", TextPatterns.WindowOptions)]
    private static partial Regex HeadLink { get; }

    /// <summary>Words that join two phrases or open a complement ("UN agencies and the Red Cross", "the head of X").</summary>
    private static readonly HashSet<string> PhraseJoiners = new(StringComparer.Ordinal)
    {
        "and", "or", "the", "a", "an", "of", "in", "for", "to", "at", "with", "by", "from", "on", "as",
    };

    /// <summary>The actor at the head of a source phrase: the one the phrase opens with, or a later name it leads to through
    /// a possessive or a descriptive noun.</summary>
    private static Actor? SourceHead(AnalysisDocument doc, SpeakerIndex index, Span source)
    {
        var first = ActorIn(doc, index, source, headOnly: true);
        if (first is null) return null;
        var text = doc.Text;
        var mentions = index.Within(source).OrderBy(m => m.Span.Start).ToList();
        var current = mentions.FindIndex(m => ReferenceEquals(m.Actor, first));
        if (current < 0) return first;
        for (var i = current + 1; i < mentions.Count; i++)
        {
            var head = mentions[current].Span;
            if (mentions[i].Span.Start < head.End) continue;
            var gap = text[head.End..mentions[i].Span.Start];
            if (!HeadLink.IsMatch(gap) || gap.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(PhraseJoiners.Contains)) break;
            current = i;
        }
        return mentions[current].Actor;
    }
}
