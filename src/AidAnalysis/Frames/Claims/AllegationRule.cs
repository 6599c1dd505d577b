using System.Text.RegularExpressions;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;

namespace AidAnalysis.Frames.Claims;

/// <summary>Statements carried by a noun of saying: "Israeli allegations that ...", "Russia’s claims that ...",
/// "claims by the ambassador, X, that ...".</summary>
internal sealed class AllegationRule(ClaimVocabulary vocabulary)
{
    private readonly ReportingCues _cues = vocabulary.Cues;

    /// <summary>Read on a sentence's first stretch (a bounded window), so the backtracking engine is safe; the nouns are the
    /// lexicon's (allegation-nouns.txt).</summary>
    private readonly Regex _allegationNoun = new(@"(?:’s\s|'s\s|\s)(?<noun>" + TextPatterns.Alternation(vocabulary.Lexicon.AllegationNouns) + @")\s(?:by\s(?<source>[^.;:“”""]{2,120}?),?\s)?that\s", TextPatterns.WindowOptions);

    /// <summary>The state behind the demonym or possessive, or the actor named after "by", asserts what follows "that".</summary>
    public Attribution? Allegation(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span sentence)
    {
        var text = doc.Text;
        if (!text.AsSpan(sentence.Start, sentence.Length).Contains("that", StringComparison.Ordinal)) return null;
        var m = _allegationNoun.Match(text, sentence.Start, sentence.Length);
        if (!m.Success) return null;
        var speaker = m.Groups["source"].Success ? SourceNamedBy(index, m.Groups["source"]) : OwnerOf(doc, actors, m.Index);
        if (speaker is null) return null;
        var start = m.Index + m.Length;
        // "Responding to claims by X that ..., the minister said ...": the allegation ends where the sentence's own attribution begins.
        var next = _cues.First(doc, new Span(start, sentence.End));
        var end = next is not { } cue ? sentence.End : doc.Tokens.LastMarkIn(new Span(start + 1, cue.Span.Start), ',') is var comma and >= 0 ? doc.Tokens[comma].Start : sentence.End;
        var content = SentenceSegmenter.Trim(text, new Span(start, end));
        content = doc.Tokens.WithoutFinalMark(content, '.');
        return content.Length == 0 ? null : new Attribution(speaker, ClaimKind.Reported, m.Groups["noun"].Value, content, true);
    }

    /// <summary>"Israeli allegations", "Russia’s claims": the country just before the noun.</summary>
    private static Speaker? OwnerOf(AnalysisDocument doc, SpeakerRoster actors, int noun)
    {
        var owner = doc.EntitiesEndingIn(noun - 3, noun).LastOrDefault(e => e.Type is MentionType.Demonym or MentionType.Country);
        if (owner is null) return null;
        var actor = actors.Country(owner.Canonical);
        return actor is null ? GroupPhrases.GroupSpeaker(actors, owner.Canonical) : new Speaker(actor.Name, actor.Id, actor.Kind);
    }

    /// <summary>"claims by the ambassador, X,": a person named in the phrase, else its first actor.</summary>
    private static Speaker? SourceNamedBy(SpeakerIndex index, Group source)
    {
        var actor = index.Within(new Span(source.Index, source.Index + source.Length))
            .OrderBy(m => m.Actor.Kind == ActorKind.Person ? 0 : 1).ThenBy(m => m.Span.Start)
            .Select(m => m.Actor).FirstOrDefault();
        return actor is null ? null : new Speaker(actor.Name, actor.Id, actor.Kind);
    }
}
