using System.Text.RegularExpressions;
using AidAnalysis.Frames.Claims;
using static AidAnalysis.Frames.Claims.ClaimWords;
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

    /// <summary>The actor at the head of a source phrase: the one the phrase opens with, or a later name it leads to through
    /// a possessive or a descriptive noun.</summary>
    private Actor? SourceHead(AnalysisDocument doc, SpeakerIndex index, Span source)
    {
        var first = SpeakerFinder.ActorIn(doc, index, source, headOnly: true);
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
            if (!HeadLink.IsMatch(gap) || gap.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(_lexicon.PhraseJoiners.Contains)) break;
            current = i;
        }
        return mentions[current].Actor;
    }

    /// <summary>How far after a described source its holder's name may close its apposition.</summary>
    private const int SourceNameReach = 60;

    /// <summary>"According to its director, Sanne Achterberg, ...": a description that names nobody, then a person's name alone
    /// in apposition; the person speaks, and the statement starts after the name.</summary>
    private static (Actor Person, int After)? NamedAfterDescription(AnalysisDocument doc, SpeakerIndex index, string phrase, int sourceEnd, Span sentence)
    {
        var text = doc.Text;
        var words = LastWords(phrase, 7);
        if (words.Count is 0 or > 6 || words[0] is not ("the" or "its" or "his" or "her" or "their")) return null;
        if (sourceEnd + 1 >= sentence.End || text[sourceEnd] != ',') return null;
        var close = text.IndexOf(',', sourceEnd + 1, Math.Min(SourceNameReach, sentence.End - sourceEnd - 1));
        if (close < 0) return null;
        var person = index.Within(new Span(sourceEnd + 1, close)).FirstOrDefault(m => m.Actor.Kind == ActorKind.Person);
        if (person.Actor is null || !text.AsSpan((sourceEnd + 1)..person.Span.Start).IsWhiteSpace() || !text.AsSpan(person.Span.End..close).IsWhiteSpace()) return null;
        return (person.Actor, close + 1);
    }
}
