using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>Reported speech hung on a reporting verb: "X said that ...", "..., the source said", "X pledged ..., saying ...",
/// "X told reporters ...", "X condemned the attack", "declined to comment on ...".</summary>
internal sealed class ReportingVerbRule(ClaimVocabulary vocabulary, SpeakerFinder speakers, AttributionShapes shapes, Hearers hearers, PurposeInfinitive purpose)
{
    private readonly Lexicon _lexicon = vocabulary.Lexicon;
    private readonly ClaimVocabulary _words = vocabulary;
    private readonly ReportingCues _cues = vocabulary.Cues;
    private readonly SpeakerFinder _speakers = speakers;
    private readonly AttributionShapes _shapes = shapes;
    private readonly Hearers _hearers = hearers;
    private readonly PurposeInfinitive _purpose = purpose;
    private readonly ThatComplement _that = new(vocabulary);
    private readonly DeclaredState _declared = new(vocabulary);
    private readonly LegalAppeal _legal = new(vocabulary);

    /// <summary>How far after "told" its audience is read.</summary>
    private const int AudienceReach = 120;

    /// <summary>How much of a source after "as" names its group ("as set out in the budget paper").</summary>
    private const int AsSourceChars = 60;

    /// <param name="earlier">The claims made so far and the cue's sentence, whose earlier speaker a coordinated verb or participle
    /// continues and whose claim an anaphoric object points back to; null for a statement nested in another.</param>
    public Attribution? Reported(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span sentence, string cue, Span cueSpan, (List<Attribution> Claims, Span Sentence)? earlier)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var hedgedCue = _lexicon.ReportingVerbs.GetValueOrDefault(cue, false);
        var beforeCue = new Span(sentence.Start, cueSpan.Start);
        // "..., the source said" / "..., said X": the statement comes first.
        if (_shapes.IsPostpositionCue(cue) && _shapes.IsSentenceFinal(doc.Tokens, cueSpan, sentence))
        {
            var comma = AttributionShapes.StatementComma(doc.Tokens, cueSpan, sentence);
            if (comma > sentence.Start)
            {
                var (speaker, _) = _speakers.SpeakerAfter(doc, index, actors, new Span(comma + 1, sentence.End));
                if (speaker is not null)
                    return _shapes.Continued(doc.Tokens, new Attribution(speaker, ClaimKind.Reported, cue, SentenceSegmenter.Trim(text, new Span(sentence.Start, comma)), hedgedCue), cueSpan.End, sentence,
                        speakerFirst: tokens.ClaimWordsIn(new Span(comma + 1, cueSpan.Start), 1).Count > 0);
            }
        }
        // "a further 4 million is needed, as set out in the budget paper": the source follows the cue.
        if (cue.StartsWith("as ", StringComparison.OrdinalIgnoreCase))
        {
            var source = tokens.WithoutFinalMarks(tokens.Trimmed(new Span(cueSpan.End, sentence.End)), ".");
            var mark = tokens.LastMarkIn(new Span(sentence.Start + 1, cueSpan.Start), ',');
            if (source.Length == 0 || mark < 0) return null;
            var comma = tokens[mark].Start;
            var named = SpeakerFinder.ActorIn(doc, index, new Span(cueSpan.End, sentence.End), headOnly: true);
            var who = named is null ? GroupPhrases.GroupSpeaker(actors, text[source.Start..Math.Min(source.End, source.Start + AsSourceChars)]) : new Speaker(named.Name, named.Id, named.Kind);
            return new Attribution(who, ClaimKind.Reported, cue, SentenceSegmenter.Trim(text, new Span(sentence.Start, comma)), hedgedCue);
        }
        // "X pledged aid on Monday, saying ...": a participle after a comma takes its clause's subject.
        // "X urged restraint and stressed ...", "X said A, but warned that B": a second verb of the same subject.
        var subject = _purpose.IsPurposeInfinitive(doc.Tokens, cue, cueSpan) ? PurposeInfinitive.PurposeSubject(doc, index, sentence, cueSpan)
            : AttributionShapes.IsParticipleAfterComma(doc.Tokens, cueSpan, sentence) || AttributionShapes.FollowsAnd(doc.Tokens, cueSpan) || AttributionShapes.FollowsBut(doc.Tokens, cueSpan, orAfterComma: true) || AttributionShapes.FollowsAlso(doc.Tokens, cueSpan)
            ? (earlier is { } before ? ReportedSpeech.SpeakerBefore(before.Claims, before.Sentence, cueSpan) : null) ?? _speakers.ClauseSubject(doc, index, new Span(sentence.Start, cueSpan.Start)) ?? _speakers.Subject(doc, index, actors, beforeCue)
            : _speakers.Subject(doc, index, actors, beforeCue);
        if (subject is null) return null;
        var contentStart = cueSpan.End;
        var rest = new Span(contentStart, sentence.End);
        var that = _that.Through(tokens, contentStart, rest);
        // "..., Anna Berg, the agency's head, told Al Jazeera on Thursday.": "tell" takes its hearer as object and its statement as
        // a clause (Quirk et al. 1985, §16.31); with neither a that-clause nor a finite verb after it, only the hearer follows,
        // and the statement, if any, stands before the cue.
        var hearerObject = _words.HearerObjectCues.Contains(cue);
        if (hearerObject && that is null && OnlyHearerFollows(tokens, rest, Math.Min(AudienceReach, sentence.End - cueSpan.End))) return null;
        var stance = _lexicon.StanceVerbs.Contains(cue);
        // "sought written guarantees that ...": a stance verb's object noun, not the cue, governs the that-clause.
        if (that is { } complement && !(stance && ObjectBeforeThat(tokens, complement))) contentStart = complement.End;
        // "told the delegates she had met ...": the hearer is not the statement.
        else if (hearerObject && _hearers.AudienceBeforeClause(tokens, cueSpan.End, cueSpan.End + Math.Min(AudienceReach, sentence.End - cueSpan.End)) is >= 0 and var hearer)
            contentStart += hearer;
        else if (hearerObject && _hearers.HearerLength(tokens, rest) is > 0 and var audience) contentStart += audience;
        // "told the budget committee the wells ran dry": a hearer not in hearers.txt, then the clause that is the statement.
        else if (hearerObject && _hearers.HearerBeforeClause(tokens, new Span(contentStart, Math.Min(sentence.End, contentStart + AudienceReach))) is > 0 and var named) contentStart += named;
        // "condemned the attack", "called it a lifeline": the stance verb with its object is the statement.
        else if (stance || OpensWithTo(tokens, rest)) contentStart = cueSpan.Start;
        var objectStart = contentStart == cueSpan.Start ? cueSpan.End : contentStart;
        var contentEnd = ClauseBoundary.EndOfStatement(doc.Tokens, new Span(contentStart, sentence.End), at => _cues.First(doc, new Span(at, sentence.End), accordingTo: true)?.Span);
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
        content = tokens.WithoutFinalMark(content, '.');
        // "declined to discuss the audit" / "refused to say whether ...": the refusal with what it concerns is the
        // statement, up to the clause end.
        if (IsRefusal(cue))
            return new Attribution(subject, ClaimKind.Reported, cue, OpensWithRefusalObject(tokens, rest) ? new Span(cueSpan.Start, Math.Max(cueSpan.End, content.End)) : cueSpan, hedgedCue);
        // "did not say whether ...": saying negated reports a refusal only with what was not stated; "did not say the aid was
        // cancelled" denies a report and "has not said a word" states nothing.
        if (_words.NegatedSayings.Contains(cue))
            return OpensWithRefusalObject(tokens, rest) ? new Attribution(subject, ClaimKind.Reported, cue, new Span(cueSpan.Start, Math.Max(cueSpan.End, content.End)), hedgedCue) : null;
        var objectSpan = SentenceSegmenter.Trim(text, new Span(Math.Min(objectStart, content.End), content.End));
        // "declared a state of emergency": a declaration that changes a state (Searle's declaratives) is an act, not a statement.
        if (cue.StartsWith("declare", StringComparison.OrdinalIgnoreCase) && _declared.OpensWith(tokens, objectSpan)) return null;
        if (_legal.IsLegalAppeal(tokens, cue, objectSpan)) return null;
        if (IsAnaphoricObject(tokens, objectSpan))
        {
            if (earlier is { } made) PointBackRule.PointBack(doc, made.Claims, made.Sentence, subject);
            return null;
        }
        // "the commitment the minister announced in Kyiv in May": only an adjunct follows the cue; the statement is elsewhere.
        // A stance verb's object may follow a short adjunct ("expressed on Monday its deep concern"), so only a shorter one counts there.
        if (AdjunctObject.IsOnlyAdjunct(doc.Tokens, objectSpan, stance ? 5 : 8, _words)) return null;
        // "the agency announced Thursday": a time word after the cue is no statement.
        var objectWords = tokens.ClaimWordsIn(objectSpan, 3);
        if (objectWords.Count <= 2 && objectSpan.Length > 0
            && (stance ? objectWords.Count > 0 && _lexicon.ClauseOpeners.Contains(text[objectWords[0].Start..objectWords[0].End]) : char.IsUpper(tokens.CharAt(objectSpan.Start)))) return null;
        if (content.Length == 0) content = cueSpan;
        return new Attribution(subject, ClaimKind.Reported, cue, content, hedgedCue);
    }

    /// <summary>"declined to comment", "refused to say", "did not immediately respond", the other refusal entries of
    /// reporting-verbs.txt that name a comment.</summary>
    private static bool IsRefusal(string cue) =>
        cue.Contains("comment", StringComparison.Ordinal) || cue.StartsWith("decline", StringComparison.Ordinal) || cue.StartsWith("refuse", StringComparison.Ordinal)
        || cue.Contains("immediately respond", StringComparison.Ordinal);

    /// <summary>What a refusal concerns, after a space: "on the report", "about the talks", "whether the cranes were damaged".</summary>
    private bool OpensWithRefusalObject(TokenLayer tokens, Span rest) =>
        char.IsWhiteSpace(tokens.CharAt(rest.Start)) && tokens.FirstStartingFrom(rest.Start + 1) is var first && first < tokens.Count
        && tokens[first].Start == rest.Start + 1 && tokens.IsLowerWordIn(first, _words.RefusalObjects) && tokens.SpaceFollows(first, rest);

    /// <summary>"told Reuters on Monday.", "told the committee, adding ...": up to the first comma or semicolon after the cue stands
    /// no finite verb, no "that" after a longer hearer ("told the radio's morning service that ..."), no colon that opens a
    /// statement block, and only the hearer with an adjunct or nothing after it (not "told reporters the plan works").</summary>
    private bool OnlyHearerFollows(TokenLayer tokens, Span rest, int reach)
    {
        // "told reporters he expects more": a subject pronoun opens the statement after the hearer.
        if (_hearers.AudienceBeforeClause(tokens, rest.Start, rest.Start + reach) >= 0) return false;
        var cut = tokens.FirstCommaOrSemicolon(rest);
        var heard = cut >= 0 ? rest with { End = cut } : rest;
        return tokens.FirstMarkIn(heard, ':') < 0 && tokens.SpacedWordIn(heard, "that") < 0 && !FiniteVerb.In(tokens, heard, _words.FiniteAuxiliaries)
            && _hearers.IsHearerThenAdjunct(tokens, tokens.WithoutFinalMarks(tokens.Trimmed(heard), ".!?"));
    }

    /// <summary>" to " right after the cue: "called on X to act", "urged donors to give".</summary>
    private static bool OpensWithTo(TokenLayer tokens, Span rest) =>
        tokens.CharAt(rest.Start) == ' ' && tokens.FirstStartingFrom(rest.Start + 1) is var to && tokens.IsExactly(to, "to")
        && tokens[to].Start == rest.Start + 1 && tokens[to].End < rest.End && tokens.CharAt(tokens[to].End) == ' ';

    /// <summary>"stated this at a hearing", "said so during a visit": the object points back to a statement made before.</summary>
    private bool IsAnaphoricObject(TokenLayer tokens, Span objectSpan) =>
        tokens.FirstStartingFrom(objectSpan.Start) is var first && tokens.IsLowerWordIn(first, _words.AnaphoricObjects) && tokens[first].Start == objectSpan.Start
        && tokens.OneSpaceApart(first, first + 1) && tokens.IsLowerWordIn(first + 1, _words.AnaphoricAdjuncts) && tokens[first + 1].End <= objectSpan.End
        && tokens.SpaceFollows(first + 1, objectSpan);

    /// <summary>" firm assurances that ": words other than an adjunct ("on Monday", "today") stand between the cue and "that"
    /// (the first of the last five words of <paramref name="complement"/> is read).</summary>
    private bool ObjectBeforeThat(TokenLayer tokens, Span complement)
    {
        var words = tokens.ClaimWordsIn(complement, int.MaxValue);
        if (words.Count < 2) return false;
        var first = tokens.Text.AsSpan(words[Math.Max(0, words.Count - 5)].Start, words[Math.Max(0, words.Count - 5)].Length);
        return !_words.PlacePrepositions.IsLowerEntryOf(first) && first is not "to"
            && !_lexicon.ClauseOpeners.Contains(char.ToUpperInvariant(first[0]) + first[1..].ToString());
    }
}
