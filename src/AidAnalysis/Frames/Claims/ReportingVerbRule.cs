using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;
using static AidAnalysis.Frames.Claims.ClaimWords;

namespace AidAnalysis.Frames.Claims;

/// <summary>Reported speech hung on a reporting verb: "X said that ...", "..., the source said", "X pledged ..., saying ...",
/// "X told reporters ...", "X condemned the attack", "declined to comment on ...".</summary>
internal sealed partial class ReportingVerbRule(ClaimVocabulary vocabulary, SpeakerFinder speakers, AttributionShapes shapes, Hearers hearers, PurposeInfinitive purpose)
{
    private readonly Lexicon _lexicon = vocabulary.Lexicon;
    private readonly ClaimVocabulary _words = vocabulary;
    private readonly ReportingCues _cues = vocabulary.Cues;
    private readonly SpeakerFinder _speakers = speakers;
    private readonly AttributionShapes _shapes = shapes;
    private readonly Hearers _hearers = hearers;
    private readonly PurposeInfinitive _purpose = purpose;

    /// <summary>"told the conference " / "told reporters " before a clause opened by a pronoun: the hearer, read on a short window.</summary>
    [GeneratedRegex(@"\G (?:(?:the|a|an|his|her|their) )?(?:[\p{L}.’'-]+ ){0,3}?(?=(?:he|she|they|it|we|I|there) )", TextPatterns.WindowOptions)]
    private static partial Regex ToldHearer { get; }

    /// <summary>"said that", "told reporters that", "told a news conference on Monday that": a short object may stand before "that".</summary>
    [GeneratedRegex(@"^\s*(?:(?:in|on|at|during|to)\s[^.;“""]{0,60}?\s|(?:[^\s,.;]+\s){0,3}?)that\s", TextPatterns.WindowOptions)]
    private static partial Regex ThatClause { get; }

    /// <summary>"stated this at a hearing", "said so during a visit": the object points back to a statement made before.</summary>
    [GeneratedRegex(@"^(?:this|so|it)\s(?:in|at|on|during|after|while|to|when)\s", TextPatterns.WindowOptions)]
    private static partial Regex AnaphoricObject { get; }

    public Attribution? Reported(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span sentence, string cue, Span cueSpan, Func<Speaker?> earlier, Action<Speaker> pointBack)
    {
        var text = doc.Text;
        var hedgedCue = _lexicon.ReportingVerbs.GetValueOrDefault(cue, false);
        var beforeCue = new Span(sentence.Start, cueSpan.Start);
        // "..., the source said" / "..., said X": the statement comes first.
        if (AttributionShapes.PostpositionCues.Contains(cue) && _shapes.IsSentenceFinal(doc.Tokens, cueSpan, sentence))
        {
            var comma = AttributionShapes.StatementComma(doc.Tokens, cueSpan, sentence);
            if (comma > sentence.Start)
            {
                var (speaker, _) = _speakers.SpeakerAfter(doc, index, actors, new Span(comma + 1, sentence.End));
                if (speaker is not null)
                    return _shapes.Continued(doc.Tokens, new Attribution(speaker, ClaimKind.Reported, cue, SentenceSegmenter.Trim(text, new Span(sentence.Start, comma)), hedgedCue), cueSpan.End, sentence);
            }
        }
        // "a further 4 million is needed, as set out in the budget paper": the source follows the cue.
        if (cue.StartsWith("as ", StringComparison.OrdinalIgnoreCase))
        {
            var source = text[cueSpan.End..sentence.End].Trim().TrimEnd('.');
            var comma = text.LastIndexOf(',', cueSpan.Start, cueSpan.Start - sentence.Start);
            if (source.Length == 0 || comma <= sentence.Start) return null;
            var named = SpeakerFinder.ActorIn(doc, index, new Span(cueSpan.End, sentence.End), headOnly: true);
            var who = named is null ? GroupPhrases.GroupSpeaker(actors, source.Length > 60 ? source[..60] : source) : new Speaker(named.Name, named.Id, named.Kind);
            return new Attribution(who, ClaimKind.Reported, cue, SentenceSegmenter.Trim(text, new Span(sentence.Start, comma)), hedgedCue);
        }
        // "X pledged aid on Monday, saying ...": a participle after a comma takes its clause's subject.
        // "X urged restraint and stressed ...": a second verb of the same subject.
        var subject = _purpose.IsPurposeInfinitive(text, cue, cueSpan) ? PurposeInfinitive.PurposeSubject(doc, index, sentence, cueSpan)
            : AttributionShapes.IsParticipleAfterComma(doc.Tokens, cueSpan, sentence) || AttributionShapes.FollowsAnd(doc.Tokens, cueSpan) || AttributionShapes.FollowsBut(doc.Tokens, cueSpan) || AttributionShapes.FollowsAlso(doc.Tokens, cueSpan)
            ? earlier() ?? _speakers.ClauseSubject(doc, index, new Span(sentence.Start, cueSpan.Start)) ?? _speakers.Subject(doc, index, actors, beforeCue)
            : _speakers.Subject(doc, index, actors, beforeCue);
        if (subject is null) return null;
        var contentStart = cueSpan.End;
        var rest = text[contentStart..sentence.End];
        var that = ThatClause.Match(rest);
        var stance = _lexicon.StanceVerbs.Contains(cue);
        // "sought written guarantees that ...": a stance verb's object noun, not the cue, governs the that-clause.
        if (that.Success && !(stance && ObjectBeforeThat(that.Value))) contentStart += that.Index + that.Length;
        // "told the delegates she had met ...": the hearer is not the statement.
        else if (cue is "told" or "tells" && ToldHearer.Match(text, cueSpan.End, Math.Min(120, sentence.End - cueSpan.End)) is { Success: true } hearer)
            contentStart += hearer.Length;
        else if (cue is "told" or "tells" && _hearers.HearerLength(rest) is > 0 and var audience) contentStart += audience;
        // "condemned the attack", "called it a lifeline": the stance verb with its object is the statement.
        else if (stance || rest.StartsWith(" to ", StringComparison.Ordinal)) contentStart = cueSpan.Start;
        var objectStart = contentStart == cueSpan.Start ? cueSpan.End : contentStart;
        var contentEnd = ClauseBoundary.EndOfStatement(text, new Span(contentStart, sentence.End), at => _cues.VerbsAndAccordingTo(doc, new Span(at, sentence.End)));
        // "hailed the pledges, saying ..." / "urged X and stressed Y": the next verb of the subject starts its own statement;
        // so does one after "but" when this verb only says ("said X but warned Y": a stance, "welcomed X but said Y", is read whole).
        var saying = _lexicon.SayingVerbs.Contains(cue);
        var next = _cues.Verbs(doc, new Span(cueSpan.End, contentEnd))
            .FirstOrDefault(c => c.Span.Start > contentStart + 5 && (AttributionShapes.FollowsAnd(doc.Tokens, c.Span) || (saying && AttributionShapes.FollowsBut(doc.Tokens, c.Span))
                || AttributionShapes.FollowsComma(doc.Tokens, c) || AttributionShapes.FollowsAlso(doc.Tokens, c.Span)));
        if (next.Entry is not null)
            contentEnd = AttributionShapes.FollowsAnd(doc.Tokens, next.Span) || AttributionShapes.FollowsBut(doc.Tokens, next.Span) ? next.Span.Start - 5
                : AttributionShapes.FollowsAlso(doc.Tokens, next.Span) ? next.Span.Start - 6
                : doc.Tokens.LastMarkIn(new Span(contentStart, next.Span.Start), ',') is var comma and >= 0 ? doc.Tokens[comma].Start : -1;
        var content = SentenceSegmenter.Trim(text, new Span(contentStart, Math.Max(contentStart, contentEnd)));
        if (content.Length > 0 && text[content.End - 1] == '.') content = content with { End = content.End - 1 };
        // "declined to discuss the audit" / "refused to say whether ...": the refusal with what it concerns is the
        // statement, up to the clause end.
        if (IsRefusal(cue))
            return new Attribution(subject, ClaimKind.Reported, cue, RefusalObject.IsMatch(rest) ? new Span(cueSpan.Start, Math.Max(cueSpan.End, content.End)) : cueSpan, hedgedCue);
        var objectSpan = SentenceSegmenter.Trim(text, new Span(Math.Min(objectStart, content.End), content.End));
        var objectText = text[objectSpan.Start..objectSpan.End];
        // "declared a state of emergency": a declaration that changes a state (Searle's declaratives) is an act, not a statement.
        if (cue.StartsWith("declare", StringComparison.OrdinalIgnoreCase) && TextPatterns.FirstMatch(DeclaredState, objectText) is not null) return null;
        if (TextPatterns.FirstMatch(AnaphoricObject, objectText) is not null)
        {
            pointBack(subject);
            return null;
        }
        // "the commitment the minister announced in Kyiv in May": only an adjunct follows the cue; the statement is elsewhere.
        // A stance verb's object may follow a short adjunct ("expressed on Monday its deep concern"), so only a shorter one counts there.
        if (AdjunctObject.IsOnlyAdjunct(doc.Tokens, objectSpan, stance ? 5 : 8, _words.FiniteAuxiliaries)) return null;
        // "the agency announced Thursday": a time word after the cue is no statement.
        if (WordCount(objectText) <= 2 && objectText.Length > 0
            && (stance ? _lexicon.ClauseOpeners.Contains(LastWords(objectText, 2)[0]) : char.IsUpper(objectText[0]))) return null;
        if (content.Length == 0) content = cueSpan;
        return new Attribution(subject, ClaimKind.Reported, cue, content, hedgedCue);
    }

    /// <summary>What a declaration puts in force: "a state of emergency", "a national disaster", "a curfew".</summary>
    [GeneratedRegex(@"^(?:an?|the)\s(?:[\p{L}\p{N}-]+\s){0,2}?(?:state\sof|emergency|disaster|curfew)\b", TextPatterns.WindowOptions | RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredState { get; }

    /// <summary>"declined to comment", "refused to say", and the other refusal entries of reporting-verbs.txt that name a comment.</summary>
    private static bool IsRefusal(string cue) =>
        cue.Contains("comment", StringComparison.Ordinal) || cue.StartsWith("decline", StringComparison.Ordinal) || cue.StartsWith("refuse", StringComparison.Ordinal);

    /// <summary>What a refusal concerns: "on the report", "about the talks", "whether the cranes were damaged".</summary>
    [GeneratedRegex(@"^\s(?:on|about|whether|if|how|why|what|who)\s", TextPatterns.WindowOptions)]
    private static partial Regex RefusalObject { get; }

    /// <summary>" firm assurances that ": words other than an adjunct ("on Monday", "today") stand between the cue and "that".</summary>
    private bool ObjectBeforeThat(string thatMatch)
    {
        var words = LastWords(thatMatch, 5);
        if (words.Count < 2) return false;
        var first = words[0];
        return first is not ("in" or "on" or "at" or "during" or "to")
            && !_lexicon.ClauseOpeners.Contains(char.ToUpperInvariant(first[0]) + first[1..]);
    }
}
