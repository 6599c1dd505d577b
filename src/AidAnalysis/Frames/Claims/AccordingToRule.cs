using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;
using static AidAnalysis.Frames.Claims.ClaimWords;

namespace AidAnalysis.Frames.Claims;

/// <summary>"..., according to X" / "According to X, ...": the source of "according to" is the speaker; a document or data
/// stands for the body that made it.</summary>
internal sealed partial class AccordingToRule(ClaimVocabulary vocabulary, SpeakerFinder speakers, AttributionShapes shapes)
{
    private readonly Lexicon _lexicon = vocabulary.Lexicon;
    private readonly ReportingCues _cues = vocabulary.Cues;
    private readonly SpeakerFinder _speakers = speakers;

    [GeneratedRegex(@"\s(?:seen|obtained|published|released)\s.*$", TextPatterns.WindowOptions)]
    private static partial Regex SourceQualifier { get; }

    /// <summary>"according to ministry data": figures stand for the body that compiled them.</summary>
    [GeneratedRegex(@"\s(?:data|figures|estimates|statistics)$", TextPatterns.WindowOptions)]
    private static partial Regex DataNoun { get; }

    public Attribution? AccordingTo(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span sentence, Span cueSpan)
    {
        var text = doc.Text;
        // The sentence ends the source where no comma does; a period inside it closes an abbreviation ("U.N. estimates").
        var sourceEnd = text.IndexOfAny([',', ';'], cueSpan.End, sentence.End - cueSpan.End);
        if (sourceEnd < 0) sourceEnd = sentence.End;
        var source = new Span(cueSpan.End, sourceEnd);
        var phrase = WithoutFinalStop(text[source.Start..source.End].Trim());
        // "According to the release, the director said that ...": the inner speaker's statement, not the document's.
        if (cueSpan.Start - sentence.Start <= 3 && _cues.Verbs(doc, new Span(sourceEnd, Math.Min(sentence.End, sourceEnd + 80))).Count > 0) return null;
        // "According to him, ...": an object pronoun points back to a speaker named before, like "he said".
        var head = SourceHead(doc, index, source);
        var named = head is null && cueSpan.Start - sentence.Start <= 3 ? NamedAfterDescription(doc, index, phrase, sourceEnd, sentence) : null;
        var speaker = phrase is "him" or "her" or "them" ? _speakers.Pronouns.ResolvePronoun(doc, index, phrase switch { "him" => "he", "her" => "she", _ => "they" }, cueSpan.Start)
            : (head ?? named?.Person) is { } actor ? new Speaker(actor.Name, actor.Id, actor.Kind)
            : GroupPhrases.GroupSpeaker(actors, DataNoun.Replace(SourceQualifier.Replace(phrase, ""), ""));
        if (speaker is null) return null;
        var content = cueSpan.Start - sentence.Start > 3
            ? SentenceSegmenter.Trim(text, new Span(sentence.Start, cueSpan.Start))
            : SentenceSegmenter.Trim(text, new Span(named?.After ?? AfterApposition(doc.Tokens, vocabulary.FiniteAuxiliaries, sourceEnd + 1, sentence.End), sentence.End));
        if (content.Length > 0 && text[content.End - 1] is ',' or '.') content = content with { End = content.End - 1 };
        if (content.Length == 0) return null;
        var draft = new Attribution(speaker, ClaimKind.Reported, "according to", content, false);
        return cueSpan.Start - sentence.Start > 3 && cueSpan.Start > 1 && text[cueSpan.Start - 2] == ','
            ? shapes.Continued(doc.Tokens, draft, cueSpan.End, sentence)
            : draft;
    }

    /// <summary>"the ministry." without the stop that ends the sentence; "U.N." keeps the period of its abbreviation.</summary>
    private static string WithoutFinalStop(string phrase) =>
        phrase.EndsWith('.') && SentenceStop.HasStop(phrase.AsSpan(phrase.LastIndexOf(' ') + 1)) ? phrase[..^1] : phrase;

    /// <summary>"according to government estimates": a cue word in the source of a nearby "according to" is a noun of that source.
    /// Only the cues just before it are read (they are in text order), so a long sentence stays linear.</summary>
    public static bool InsideAccordingToSource(string text, List<(string Entry, Span Span)> cues, int cue)
    {
        var at = cues[cue].Span.Start;
        for (var i = cue - 1; i >= 0 && at - cues[i].Span.End <= AccordingToSourceReach; i--)
        {
            var (entry, span) = cues[i];
            if (span.End <= at && entry.Equals("according to", StringComparison.OrdinalIgnoreCase)
                && text.AsSpan(span.End..at).IndexOfAny(',', ';') < 0 && !SentenceStop.HasStop(text.AsSpan(span.End..at)))
                return true;
        }
        return false;
    }

    /// <summary>How far after "according to" a cue word may still be a noun of its source ("according to U.N. estimates").</summary>
    private const int AccordingToSourceReach = 40;

    /// <summary>"According to X, the agency's director, the convoy left": the apposition after the source is not the statement.</summary>
    private static int AfterApposition(TokenLayer tokens, WordSet finiteAuxiliaries, int start, int end)
    {
        var text = tokens.Text;
        if (start >= end) return start;
        var comma = text.IndexOf(", ", start, end - start, StringComparison.Ordinal);
        if (comma < 0) return start;
        var phrase = text[start..comma];
        var words = LastWords(phrase, 9);
        return words.Count is > 0 and <= 8 && words[0] is "the" or "a" or "an" or "its" or "his" or "her" or "their" && !FiniteVerb.In(tokens, new Span(start, comma), finiteAuxiliaries) ? comma + 1 : start;
    }

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

    /// <summary>"According to its chair, Tove Brandt, ...": a description that names nobody, then a person's name alone
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
