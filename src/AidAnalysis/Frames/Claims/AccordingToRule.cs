using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;
using AidAnalysis.Text.Phrases;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>"..., according to X" / "According to X, ...": the source of "according to" is the speaker; a document or data
/// stands for the body that made it.</summary>
internal sealed class AccordingToRule(ClaimVocabulary vocabulary, SpeakerFinder speakers, AttributionShapes shapes)
{
    private readonly Lexicon _lexicon = vocabulary.Lexicon;
    private readonly ClaimVocabulary _words = vocabulary;
    private readonly ReportingCues _cues = vocabulary.Cues;
    private readonly SpeakerFinder _speakers = speakers;
    private readonly AttributionShapes _shapes = shapes;
    private readonly OrganizationAnaphors _organizations = new(vocabulary.Lexicon);

    /// <summary>"X announced €5 million for schools, according to Y": an act told with its object (a stance cue's claim) that
    /// runs up to the source is what the source reports, one claim, not also a statement of X's. An act in a clause before
    /// another ("X announced A, while Z released B, according to Y") keeps its own claim, the source vouching for the last.
    /// Only the latest claims are read, so a document with thousands of claims stays linear.</summary>
    public void DropReportedActs(TokenLayer tokens, List<Attribution> claims, Attribution source, Span cue)
    {
        for (var i = claims.Count - 1; i >= Math.Max(0, claims.Count - ReportedSpeech.RecentClaims); i--)
            if (claims[i].Kind == ClaimKind.Reported && source.Span.Contains(claims[i].Span) && _lexicon.StanceVerbs.Contains(claims[i].Cue)
                && claims[i].Span.End <= cue.Start && tokens.ClaimWordCount(new Span(claims[i].Span.End, cue.Start), 1) == 0)
                claims.RemoveAt(i);
    }

    public Attribution? AccordingTo(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span sentence, Span cueSpan)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        // The sentence ends the source where no comma does; a period inside it closes an abbreviation ("U.N. estimates").
        var sourceEnd = tokens.FirstCommaOrSemicolon(new Span(cueSpan.End, sentence.End));
        if (sourceEnd < 0) sourceEnd = sentence.End;
        var source = new Span(cueSpan.End, sourceEnd);
        var phrase = WithoutFinalStop(tokens, tokens.Trimmed(source));
        var phraseText = text.AsSpan(phrase.Start, phrase.Length);
        // "According to the release, the director said that ...": the inner speaker's statement, not the document's.
        if (cueSpan.Start - sentence.Start <= 3 && _cues.Any(doc, new Span(sourceEnd, Math.Min(sentence.End, sourceEnd + 80)))) return null;
        // "according to figures published by the ministry", "according to a statement issued by the agency": a document issued by
        // a body is that body's statement.
        if (IssuerOfData(tokens, phrase) is { } issuer) source = phrase = issuer;
        // "according to the army in March": the source is the army; the time adjunct dates the statement.
        if (TrailingTimeAdjunct.Without(doc, phrase, _lexicon.NounPhraseBounds) is var undated && undated != phrase) source = phrase = undated;
        // "According to him, ...": an object pronoun points back to a speaker named before, like "he said".
        var statementIssuer = StatementIssuer(doc, index, phrase, cueSpan.Start);
        var head = statementIssuer is null ? SourceHead(doc, index, source) : null;
        var named = head is null && statementIssuer is null && cueSpan.Start - sentence.Start <= 3 ? NamedAfterDescription(doc, index, phrase, sourceEnd, sentence) : null;
        var speaker = phraseText is "him" or "her" or "them" ? _speakers.Pronouns.ResolvePronoun(doc, index, phraseText is "him" ? "he" : phraseText is "her" ? "she" : "they", cueSpan.Start)
            : statementIssuer ?? ((head ?? named?.Person) is { } actor ? new Speaker(actor.Name, actor.Id, actor.Kind) : null)
            ?? GroupPhrases.GroupSpeaker(actors, text[phrase.Start..SourceBodyEnd(tokens, phrase)]);
        if (speaker is null) return null;
        var content = cueSpan.Start - sentence.Start > 3
            ? SentenceSegmenter.Trim(text, new Span(sentence.Start, cueSpan.Start))
            : SentenceSegmenter.Trim(text, new Span(named?.After ?? AfterApposition(tokens, sourceEnd + 1, sentence.End), sentence.End));
        content = tokens.WithoutFinalMark(content, ',', '.');
        if (content.Length == 0) return null;
        var draft = new Attribution(speaker, ClaimKind.Reported, "according to", content, false);
        // ", according to": a comma and one more character stand right before the cue.
        return cueSpan.Start - sentence.Start > 3 && tokens.MarkAt(cueSpan.Start - 2) == ','
            ? _shapes.Continued(tokens, draft, cueSpan.End, sentence)
            : draft;
    }

    /// <summary>"the ministry." without the stop that ends the sentence; "U.N." keeps the period of its abbreviation.</summary>
    private static Span WithoutFinalStop(TokenLayer tokens, Span phrase)
    {
        var last = tokens.LastEndingBy(phrase.End);
        if (phrase.Length == 0 || last < 0 || tokens[last].End != phrase.End || !tokens.IsMark(last, '.')) return phrase;
        // The last word as spaces part it: "U.N." is one.
        var first = last;
        while (first > 0 && tokens[first - 1].Start >= phrase.Start && tokens[first - 1].End == tokens[first].Start) first--;
        return SentenceStop.HasStop(tokens, new Span(tokens[first].Start, phrase.End)) ? phrase with { End = phrase.End - 1 } : phrase;
    }

    /// <summary>Where the name of the body in a source phrase ends: before "seen by ..." ("the report seen by Reuters") and
    /// before a final noun of figures ("ministry data").</summary>
    private int SourceBodyEnd(TokenLayer tokens, Span phrase)
    {
        var end = phrase.End;
        for (var i = tokens.FirstStartingFrom(phrase.Start); i < tokens.Count && tokens[i].End < phrase.End; i++)
            if (tokens.IsLowerWordIn(i, _words.SourceQualifiers) && IsSpaced(tokens, i, phrase))
            {
                end = tokens[i].Start - 1;
                break;
            }
        var last = tokens.LastEndingBy(end);
        return last >= 0 && tokens[last].End == end && tokens[last].Start > phrase.Start && tokens.IsLowerWordIn(last, _words.DataNouns)
               && char.IsWhiteSpace(tokens.CharAt(tokens[last].Start - 1)) ? tokens[last].Start - 1 : end;
    }

    /// <summary>"figures published by the ministry", "a statement issued by the agency", "the 2026 report released by the
    /// department": a phrase of one to four lower-case words or a year's digits before a participle of issuing, then "by": the
    /// span of its agent, the body that issued the document; null for any other phrase ("figures seen by Reuters" names who read
    /// them). After "released" or "issued", which also take people and goods, a document or data noun must stand among the two
    /// words before the participle ("a report quietly released by"; "a soldier released by the army" names no document);
    /// "published" and "compiled" take only texts and data (claim-words.tsv).</summary>
    private Span? IssuerOfData(TokenLayer tokens, Span phrase)
    {
        var first = tokens.FirstStartingFrom(phrase.Start);
        var i = first;
        var reach = Math.Min(tokens.Count, first + MostDocumentWords);
        while (i < reach && tokens[i].End <= phrase.End && !tokens.IsLowerWordIn(i, _words.IssuingParticiples)
               && (tokens.IsLetters(i, lowerOnly: true) || tokens[i].Shape == TokenShape.Digits)) i++;
        if (i == first || i + 2 >= tokens.Count || tokens[i + 2].End > phrase.End || !tokens.IsLowerWordIn(i, _words.IssuingParticiples)
            || !tokens.IsExactly(i + 1, "by")) return null;
        var document = tokens.IsLowerWordIn(i, _words.PublishingParticiples) || IsDocument(tokens, i - 1) || i - 2 >= first && IsDocument(tokens, i - 2);
        return document ? new Span(tokens[i + 2].Start, phrase.End) : null;
    }

    /// <summary>"according to a statement from the fund", "according to the bank's website", "according to a ministry
    /// statement": the body that issued a statement (a noun of the statement-noun class among the phrase's first words) speaks
    /// in it: the body after "from" or "by", the owner before its possessive, or the organisation a modifying noun names; null
    /// when the phrase is no statement or its issuer is no actor named before the cue at <paramref name="before"/>.</summary>
    private Speaker? StatementIssuer(AnalysisDocument doc, SpeakerIndex index, Span phrase, int before)
    {
        var tokens = doc.Tokens;
        var first = tokens.FirstStartingFrom(phrase.Start);
        var i = first;
        while (i < Math.Min(tokens.Count, first + MostDocumentWords) && tokens[i].End <= phrase.End && !tokens.IsLowerWordIn(i, _words.StatementNouns)) i++;
        if (i >= tokens.Count || tokens[i].End > phrase.End || !tokens.IsLowerWordIn(i, _words.StatementNouns)) return null;
        if (i + 2 < tokens.Count && tokens[i + 2].End <= phrase.End && (tokens.IsExactly(i + 1, "from") || tokens.IsExactly(i + 1, "by")))
            return Issuer(doc, index, new Span(tokens[i + 2].Start, phrase.End), before);
        if (i == first) return null;
        // "the bank's statement", "the agency's own website": the owner, one modifier allowed between.
        foreach (var at in (ReadOnlySpan<int>)[i, i - 1])
            if (at > first && tokens.PossessiveOwnerEnd(tokens[at].Start) is var ownerEnd and > 0 && ownerEnd > phrase.Start)
                return Issuer(doc, index, new Span(phrase.Start, ownerEnd), before);
        // "a ministry statement": a lower-case noun naming a kind of body (anaphoric-body-nouns.txt) that is a word of an
        // organisation's name; "a bank statement" is an account's record, not the World Bank's word.
        return tokens.IsLetters(i - 1, lowerOnly: true) && tokens.TextOf(i - 1).ToString() is var modifier && _lexicon.AnaphoricBodyNouns.Contains(modifier)
            && OrganizationAnaphors.NamedByWord(doc, index, modifier, before) is { } body ? Speaker.Of(body) : null;
    }

    /// <summary>The speaker a statement's issuer names: an actor at the phrase's head ("the Qatari Embassy in Ankara"), or,
    /// up to a possessive in it ("the bank's Abuja office"), a definite description of an organisation named before ("the
    /// fund", "the lender", "the Bank").</summary>
    private Speaker? Issuer(AnalysisDocument doc, SpeakerIndex index, Span agent, int before)
    {
        if (SourceHead(doc, index, agent) is { } actor) return Speaker.Of(actor);
        var tokens = doc.Tokens;
        var end = agent.End;
        for (var i = tokens.FirstStartingFrom(agent.Start); i < tokens.Count && tokens[i].End <= agent.End; i++)
            if (tokens.PossessiveAt(tokens[i].Start)) { end = tokens[i].Start; break; }
        var owner = tokens.Trimmed(new Span(agent.Start, end));
        if (_organizations.OrganizationAnaphor(doc, index, owner, before) is { } described) return described;
        // "the Bank", capitalised as a short name: the organisation whose name holds the word.
        var words = tokens.ClaimWordsIn(owner, 3);
        return words.Count == 2 && doc.Text.AsSpan(words[0].Start, words[0].Length) is "the" or "The"
            && OrganizationAnaphors.NamedByWord(doc, index, doc.Text[words[1].Start..words[1].End], before) is { } named ? Speaker.Of(named) : null;
    }

    private bool IsDocument(TokenLayer tokens, int i) => tokens.IsLowerWordIn(i, _words.DocumentNouns) || tokens.IsLowerWordIn(i, _words.DataNouns);

    /// <summary>How many lower-case words a document issued by a body may be named with before its participle ("a fact sheet
    /// quietly released by").</summary>
    private const int MostDocumentWords = 4;

    /// <summary>Whether whitespace stands on both sides of token <paramref name="i"/>, inside <paramref name="span"/>.</summary>
    private static bool IsSpaced(TokenLayer tokens, int i, Span span) =>
        tokens[i].Start > span.Start && char.IsWhiteSpace(tokens.CharAt(tokens[i].Start - 1)) && tokens.SpaceFollows(i, span);

    /// <summary>"according to government estimates": a cue word in the source of a nearby "according to" is a noun of that source.
    /// Only the cues just before it are read (they are in text order), so a long sentence stays linear.</summary>
    public static bool InsideAccordingToSource(TokenLayer tokens, List<(string Entry, Span Span)> cues, int cue)
    {
        var at = cues[cue].Span.Start;
        for (var i = cue - 1; i >= 0 && at - cues[i].Span.End <= AccordingToSourceReach; i--)
        {
            var (entry, span) = cues[i];
            if (span.End <= at && entry.Equals("according to", StringComparison.OrdinalIgnoreCase)
                && tokens.FirstCommaOrSemicolon(new Span(span.End, at)) < 0 && !SentenceStop.HasStop(tokens, new Span(span.End, at)))
                return true;
        }
        return false;
    }

    /// <summary>How far after "according to" a cue word may still be a noun of its source ("according to U.N. estimates").</summary>
    private const int AccordingToSourceReach = 40;

    /// <summary>"According to X, the agency's director, the convoy left": the apposition after the source is not the statement.</summary>
    private int AfterApposition(TokenLayer tokens, int start, int end)
    {
        if (start >= end) return start;
        var comma = tokens.FirstMarkIn(new Span(start, end), ',');
        while (comma >= 0 && (tokens.CharAt(tokens[comma].End) != ' ' || tokens[comma].End >= end))
            comma = tokens.FirstMarkIn(new Span(tokens[comma].End, end), ',');
        if (comma < 0) return start;
        var phrase = new Span(start, tokens[comma].Start);
        var words = tokens.ClaimWordsIn(phrase, 9);
        return words.Count is > 0 and <= 8 && (IsWord(tokens, words[0], _words.SourceDeterminers) || IsWord(tokens, words[0], _words.IndefiniteArticles))
               && !FiniteVerb.In(tokens, phrase, _words.FiniteAuxiliaries)
            ? tokens[comma].End : start;
    }

    /// <summary>Whether a word, as <see cref="ClaimWordReader"/> reads it, is one token of <paramref name="words"/> in lower case.</summary>
    private static bool IsWord(TokenLayer tokens, Span word, WordSet words) =>
        tokens.FirstStartingFrom(word.Start) is var i && i < tokens.Count && tokens[i].Start == word.Start && tokens[i].End == word.End
        && tokens.IsLowerWordIn(i, words);

    /// <summary>The actor at the head of a source phrase: the one the phrase opens with, or a later name it leads to through
    /// a possessive or a descriptive noun.</summary>
    private Actor? SourceHead(AnalysisDocument doc, SpeakerIndex index, Span source)
    {
        var first = SpeakerFinder.ActorIn(doc, index, source, headOnly: true) ?? TitledPerson(doc, index, source);
        if (first is null) return null;
        var mentions = index.Within(source).OrderBy(m => m.Span.Start).ToList();
        var current = mentions.FindIndex(m => ReferenceEquals(m.Actor, first));
        if (current < 0) return first;
        for (var i = current + 1; i < mentions.Count; i++)
        {
            var head = mentions[current].Span;
            if (mentions[i].Span.Start < head.End) continue;
            if (!IsHeadLink(doc.Tokens, new Span(head.End, mentions[i].Span.Start))) break;
            current = i;
        }
        return mentions[current].Actor;
    }

    /// <summary>"according to Foreign Minister Carmen Ruiz", "according to the U.N. aid chief Tom Berger": a title written
    /// before a person's name, with no comma, preposition or conjunction between (up to <see cref="MostTitleWords"/> words ending
    /// in a title's head word, titles.txt), is that person's role; the person is the source, not the whole phrase.</summary>
    private Actor? TitledPerson(AnalysisDocument doc, SpeakerIndex index, Span source)
    {
        var person = index.Within(source).Where(m => m.Actor.Kind == ActorKind.Person).OrderBy(m => m.Span.Start).FirstOrDefault();
        if (person.Actor is null) return null;
        var gap = new Span(source.Start, person.Span.Start);
        var words = doc.Tokens.ClaimWordsIn(gap, MostTitleWords + 1);
        if (words.Count is 0 or > MostTitleWords || doc.Tokens.AnyHolds(gap, ',')) return null;
        // "a doctor at Queen Mary Hospital": a preposition, conjunction or relative word ends any title before it.
        foreach (var word in words)
            if (_lexicon.NounPhraseBounds.TryGetValue(doc.Text[word.Start..word.End], out var determiner) && !determiner) return null;
        return _words.TitleHeadWords.Contains(doc.Text.AsSpan(words[^1].Start, words[^1].Length)) ? person.Actor : null;
    }

    /// <summary>How many words a title written before a person's name may hold ("the U.N. humanitarian aid chief").</summary>
    private const int MostTitleWords = 5;

    /// <summary>"'s " (a possessor) or one to three lower-case common words ("refugee agency", "aid-giving") between two names
    /// of one phrase, each followed by a space and none of them a phrase joiner ("and", "of").</summary>
    private bool IsHeadLink(TokenLayer tokens, Span gap)
    {
        var first = tokens.FirstStartingFrom(gap.Start);
        var end = first;
        while (end < tokens.Count && tokens[end].Start < gap.End) end++;
        if (first == end || tokens[end - 1].End >= gap.End) return false;
        if (tokens[first].Start == gap.Start) return end - first == 1 && tokens.TextOf(first) is "'s" or "’s" && !IsPhraseJoiner(tokens, first, first);
        var words = 0;
        for (var i = first; i < end; i++)
        {
            // A word opens with a lower-case letter; lower-case letters and hyphens glued to it go on with it.
            var wordStart = i;
            if (!tokens.IsLetters(i, lowerOnly: true)) return false;
            for (; i + 1 < end && tokens[i + 1].Start == tokens[i].End; i++)
                if (!tokens.IsLetters(i + 1, lowerOnly: true) && !tokens.IsMark(i + 1, '-')) return false;
            if (++words > 3 || IsPhraseJoiner(tokens, wordStart, i)) return false;
        }
        return true;
    }

    private bool IsPhraseJoiner(TokenLayer tokens, int first, int last) =>
        _lexicon.PhraseJoiners.Contains(tokens.Text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start).ToString());

    /// <summary>How far after a described source its holder's name may close its apposition.</summary>
    private const int SourceNameReach = 60;

    /// <summary>"According to its chair, Tove Brandt, ...": a description that names nobody, then a person's name alone
    /// in apposition; the person speaks, and the statement starts after the name.</summary>
    private (Actor Person, int After)? NamedAfterDescription(AnalysisDocument doc, SpeakerIndex index, Span phrase, int sourceEnd, Span sentence)
    {
        var tokens = doc.Tokens;
        var words = tokens.ClaimWordsIn(phrase, 7);
        if (words.Count is 0 or > 6 || !IsWord(tokens, words[0], _words.SourceDeterminers)) return null;
        if (sourceEnd + 1 >= sentence.End || tokens.CharAt(sourceEnd) != ',') return null;
        var close = tokens.FirstMarkIn(new Span(sourceEnd + 1, sourceEnd + 1 + Math.Min(SourceNameReach, sentence.End - sourceEnd - 1)), ',');
        if (close < 0) return null;
        var name = new Span(sourceEnd + 1, tokens[close].Start);
        var person = index.Within(name).FirstOrDefault(m => m.Actor.Kind == ActorKind.Person);
        if (person.Actor is null || tokens.FirstStartingFrom(name.Start) is var at && (at >= tokens.Count || tokens[at].Start != person.Span.Start)
            || tokens.LastEndingBy(name.End) is var end && (end < 0 || tokens[end].End != person.Span.End)) return null;
        return (person.Actor, tokens[close].End);
    }
}
