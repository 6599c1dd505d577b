using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>Who speaks at a cue: the subject before it, the speaker after a quote or a final "said", titles and descriptions
/// standing for their holders, pronouns, clause subjects and unnamed groups.</summary>
internal sealed partial class SpeakerFinder(ClaimVocabulary vocabulary)
{
    private readonly Lexicon _lexicon = vocabulary.Lexicon;
    private readonly ClaimVocabulary _words = vocabulary;
    private readonly ReportingCues _cues = vocabulary.Cues;
    private readonly GroupPhrases _groups = new(vocabulary);
    private readonly TitleHolders _titles = new(vocabulary);
    private readonly OrganizationAnaphors _organizations = new(vocabulary.Lexicon);
    private readonly BareNameSpeaker _bareNames = new(vocabulary.Lexicon);
    private readonly TitledApposition _titledApposition = new(vocabulary);
    private readonly AnonymousMembers _members = new(vocabulary.Lexicon);

    public PronounResolver Pronouns { get; } = new(vocabulary);

    /// <summary>How far a relative clause after the subject ("JD Vance, who opposes ... and warned") may run to the cue.</summary>
    private const int RelativeClauseReach = 80;

    /// <summary>How many characters before a cue its subject is read from.</summary>
    public const int SubjectReach = 300;

    /// <summary>How many characters before the cue a description ("the UN aid chief also") is read from.</summary>
    private const int DescriptionChars = 80;

    /// <summary>The characters an aside between subject and verb may hold ("X, a lecturer at Y, remarked").</summary>
    private const int AsideMinChars = 3, AsideMaxChars = 120;

    /// <summary>"X, a lecturer at Y, remarked" / "X, in turn, has promised": where (at its comma) an apposition or aside between
    /// subject and verb starts, or -1. Only auxiliaries may follow its closing comma. An age counts too: "X, 54, said". The comma
    /// of a thousands separator ("some 300,000 people") is inside its number and ends no aside.</summary>
    private int AsideStart(TokenLayer tokens, Span phrase)
    {
        var close = tokens.LastMarkIn(phrase, ',');
        if (close < 0) return -1;
        var at = tokens[close].End;
        var auxiliaries = 0;
        for (var i = close + 1; i < tokens.Count && tokens[i].Start < phrase.End; i++)
        {
            if (tokens[i].Start - at > 1 || ++auxiliaries > 2 || tokens[i].End > phrase.End || !tokens.IsLowerWordIn(i, _words.AsideAuxiliaries)) return -1;
            at = tokens[i].End;
        }
        if (phrase.End - at > 1) return -1;
        var open = tokens.LastMarkIn(new Span(phrase.Start, tokens[close].Start), ',');
        if (open < 0 || tokens[open].End >= tokens[close].Start || !tokens.SpaceFollows(open, phrase)) return -1;
        var aside = new Span(tokens[open].End + 1, tokens[close].Start);
        return aside.Length is >= AsideMinChars and <= AsideMaxChars || IsAge(tokens, aside, open + 1, close) ? tokens[open].Start : -1;
    }

    /// <summary>"Lena Ovik, head of the Ovik Trust, a charity for river towns, remarked": two appositions in a row, the second
    /// describing the first's organisation; the person named before both, opening its clause, is the subject (appositive
    /// chains, Quirk et al. 1985, §17.65), not a body named inside them. <paramref name="near"/> ends at the comma after the
    /// apposition that follows the person; with <paramref name="anyOpening"/> the person may follow any word ("said X, a nurse,
    /// who ..."), as a personal relative's antecedent.</summary>
    private Speaker? PersonBeforeAside(TokenLayer tokens, SpeakerIndex index, Span near, bool anyOpening)
    {
        if (near.End >= tokens.Text.Length || tokens.CharAt(near.End) != ',') return null;
        var inner = AsideStart(tokens, new Span(near.Start, near.End + 1));
        if (inner < 0) return null;
        foreach (var (actor, span) in index.EndingBy(inner))
        {
            if (span.End < inner) break;
            if (actor.Kind != ActorKind.Person || span.End != inner || span.Start < near.Start) continue;
            var before = tokens.Trimmed(new Span(near.Start, span.Start));
            if (anyOpening || before.Length == 0 || tokens.LastMarkIn(before, ',') is var comma and >= 0 && tokens[comma].End == before.End) return Speaker.Of(actor);
        }
        return null;
    }

    /// <summary>"X, 54, said": the aside is one number of up to three digits.</summary>
    private static bool IsAge(TokenLayer tokens, Span aside, int first, int end) =>
        end - first == 1 && tokens[first].Shape == TokenShape.Digits && tokens[first].Start == aside.Start && tokens[first].End == aside.End;

    /// <summary>"JD Vance, who opposes ... and warned": where (at its comma) a relative clause closing <paramref name="near"/>
    /// starts, or -1.</summary>
    private int RelativeClauseClosing(TokenLayer tokens, Span near)
    {
        var comma = tokens.LastMarkIn(near, ',');
        if (comma < 0 || !tokens.OneSpaceApart(comma, comma + 1) || !tokens.IsLowerWordIn(comma + 1, _words.SubjectRelatives)
            || tokens[comma + 1].End > near.End || !tokens.SpaceFollows(comma + 1, near)) return -1;
        return near.End - (tokens[comma + 1].End + 1) <= RelativeClauseReach ? tokens[comma].Start : -1;
    }

    /// <summary>"..., said his spokesman": the subject pronoun ("he", "she") the spokesman's possessive points to, or null.</summary>
    private string? SpokespersonOf(TokenLayer tokens, Span after)
    {
        for (var i = tokens.FirstStartingFrom(after.Start); i + 1 < tokens.Count && tokens[i + 1].End <= after.End; i++)
        {
            if (tokens.TextOf(i) is not ("his" or "her") || !tokens.OneSpaceApart(i, i + 1)) continue;
            var noun = tokens.IsLowerWordIn(i + 1, _words.SpokespersonRanks) && tokens.OneSpaceApart(i + 1, i + 2) && tokens[i + 2].End <= after.End ? i + 2 : i + 1;
            if (tokens.IsLowerWordIn(noun, _words.SpokespersonNouns))
                return tokens.TextOf(i) is "his" ? "he" : "she";
        }
        return null;
    }

    /// <summary>"..., noted a trader in Oslo who watches the fisheries": where (at the space before it) a relative pronoun in
    /// <paramref name="after"/> starts a clause describing the speaker, or -1.</summary>
    private int RelativeClauseIn(TokenLayer tokens, Span after)
    {
        for (var i = tokens.FirstStartingFrom(after.Start); i < tokens.Count && tokens[i].End <= after.End; i++)
            if (tokens.IsLowerWordIn(i, _words.Relatives) && tokens.SpacePrecedes(i, after))
                return tokens[i].Start - 1;
        return -1;
    }

    /// <summary>"One of them said", "several among those": a part of a group a pronoun points to, ending <paramref name="near"/>
    /// but for spaces and opening it or following a space or a comma, semicolon or colon; null if none.</summary>
    private string? PronounPartitive(TokenLayer tokens, Span near)
    {
        var pronoun = tokens.LastEndingBy(near.End);
        if (pronoun < 2 || tokens[pronoun - 2].Start < near.Start || pronoun + 1 < tokens.Count && tokens[pronoun + 1].Start < near.End) return null;
        var quantifier = pronoun - 2;
        if (!tokens.IsLowerWordIn(pronoun, _words.PartitivePronouns) || !tokens.IsLowerWordIn(pronoun - 1, _words.PartitivePrepositions)
            || !tokens.OneSpaceApart(quantifier, pronoun - 1) || !tokens.OneSpaceApart(pronoun - 1, pronoun)
            || tokens[quantifier].Kind != TokenKind.Word || tokens[quantifier].Shape is not (TokenShape.Lower or TokenShape.Capitalized)
            || !_words.PartitiveQuantifiers.Contains(tokens.TextOf(quantifier))) return null;
        var start = tokens[quantifier].Start;
        if (start > near.Start && !tokens[quantifier].SpaceBefore && tokens.MarkAt(start - 1) is not (',' or ';' or ':')) return null;
        return tokens.Text[start..tokens[pronoun].End];
    }

    /// <summary>The subject of the clause a participle hangs on: the actor or pronoun that opens it
    /// ("The ministry pledged ..., saying"; "She thanked donors, stressing").</summary>
    public Speaker? ClauseSubject(AnalysisDocument doc, SpeakerIndex index, Span clause)
    {
        var tokens = doc.Tokens;
        // "UN Secretary-General X hailed ...": among the opening words, a person before the body they speak for.
        var first = index.Within(new Span(clause.Start, Math.Min(clause.End, clause.Start + 120)))
            .Where(m => tokens.ClaimWordCount(new Span(clause.Start, m.Span.Start), 6) <= 5 && !IsAfterPreposition(tokens, m.Span)
                && !tokens.AnyHolds(new Span(clause.Start, m.Span.Start), ','))
            .OrderBy(m => m.Actor.Kind == ActorKind.Person ? 0 : 1).ThenBy(m => m.Span.Start)
            .FirstOrDefault();
        if (first.Actor is not null) return new Speaker(first.Actor.Name, first.Actor.Id, first.Actor.Kind);
        var opening = tokens.ClaimWordsIn(new Span(clause.Start, Math.Min(clause.End, clause.Start + 40)), 1);
        return opening.Count > 0 && doc.Text.AsSpan(opening[0].Start, opening[0].Length) is "He" or "She" or "They" or "It" or "We" or "I"
            ? Pronouns.ResolvePronoun(doc, index, doc.Text[opening[0].Start..opening[0].End], clause.Start)
            : null;
    }

    /// <summary>The speaker after a quote or a final "said": "..." Doo said / said Prime Minister X / he said.</summary>
    public (Speaker? Speaker, string? Cue) SpeakerAfter(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span window)
    {
        // The attribution runs to the end of its sentence or the next quotation ("U.S." has periods too).
        var sentenceIndex = doc.SentenceIndexAt(window.Start);
        if (sentenceIndex >= 0) window = window with { End = Math.Min(window.End, doc.Sentences[sentenceIndex].Span.End) };
        var stop = doc.Tokens.FirstQuoteOrLineBreak(window);
        if (stop > window.Start) window = window with { End = stop };
        if (_cues.First(doc, window) is not { } cue || cue.Span.Start - window.Start > 120) return (null, null);
        // "..., the consulate stated Friday, while the agency cautioned": the joined clause has a subject of its own.
        if (doc.Tokens.JoinedClauseAt(new Span(cue.Span.End, window.End), _words.JoinedClauseOpeners) is var joined and >= 0) window = window with { End = joined };
        var before = new Span(window.Start, cue.Span.Start);
        if (_members.Member(doc, index, actors, before) is { } member) return (member, cue.Entry);
        if (ActorIn(doc, index, before, headOnly: false) is { } a) return (new Speaker(a.Name, a.Id, a.Kind), cue.Entry);
        if (doc.Tokens.SubjectPronounEnding(before) is { } pronoun) return (Pronouns.ResolvePronoun(doc, index, pronoun, before.Start), cue.Entry);
        // "..., the minister told DW" / "..., the bank said": a description before the cue is the speaker, and what follows
        // "told" is the hearer.
        if (DescribedSpeaker(doc, index, actors, before) is { } described) return (described, cue.Entry);
        // '"...," X told Al Jazeera': what follows "told" is the hearer, never the speaker.
        if (cue.Entry is "told" or "tells")
            return _groups.GroupPhrase(doc.Tokens, before) is { } teller ? (GroupPhrases.SubjectGroup(index, actors, teller, cue.Span.Start), cue.Entry) : (null, null);
        var after = new Span(cue.Span.End, window.End);
        // "..., noted a trader in Oslo who watches the fisheries": a relative clause describes the speaker; what it names is not them.
        if (RelativeClauseIn(doc.Tokens, after) is var relative and >= 0) after = after with { End = relative };
        // "..., the panel said, citing raids by X and Y": the names in a participle clause are what the speaker speaks of.
        if (ParticipleClause.StartIn(doc.Tokens, after) is var participle and >= 0) after = after with { End = participle };
        if (_members.Member(doc, index, actors, after) is { } memberAfter) return (memberAfter, cue.Entry);
        if (ActorIn(doc, index, after, headOnly: false) is { } b) return (new Speaker(b.Name, b.Id, b.Kind), cue.Entry);
        // "..., says the Minister of Finance": the person named with that title, just before or after.
        if (_titles.TitleAfter(doc, index, after) is { } titled) return (titled, cue.Entry);
        // "..., said his spokesman": a spokesman speaks for the person "his" points to.
        if (SpokespersonOf(doc.Tokens, after) is { } owner) return (Pronouns.ResolvePronoun(doc, index, owner, window.Start), cue.Entry);
        // "..., remarked a farmer, who gave only her first name": the speaker after the cue ends at its comma.
        // "... stated in a letter": a noun after a preposition is where it was said, not who said it.
        var afterSpeaker = doc.Tokens.FirstMarkIn(after, ',') is var comma and >= 0 && doc.Tokens[comma].Start > after.Start
            ? after with { End = doc.Tokens[comma].Start } : after;
        if (_groups.StartsWithPreposition(doc.Tokens, afterSpeaker)) afterSpeaker = afterSpeaker with { End = afterSpeaker.Start };
        var group = _groups.GroupPhrase(doc.Tokens, before) ?? _groups.GroupPhrase(doc.Tokens, afterSpeaker);
        return group is null ? (null, null) : (GroupPhrases.SubjectGroup(index, actors, group, cue.Span.Start), cue.Entry);
    }

    /// <summary>A title ("the minister") or an organisation's description ("the bank") standing for one named elsewhere.</summary>
    private Speaker? DescribedSpeaker(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span phrase)
    {
        if (phrase.Length == 0) return null;
        var description = phrase with { End = TrailingAdverbs.End(doc.Tokens, phrase) };
        return _titles.TitleHolder(doc, index, actors, description, phrase.End) ?? _organizations.OrganizationAnaphor(doc, index, description, phrase.End);
    }

    /// <summary>The speaker before a quote: X stated: "..." / X then added that "...".</summary>
    public (Speaker? Speaker, string? Cue) SpeakerBefore(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span window)
    {
        var cue = _cues.Verbs(doc, window).LastOrDefault();
        if (cue.Entry is null || window.End - cue.Span.End > 12) return (null, null);
        var speaker = Subject(doc, index, actors, new Span(window.Start, cue.Span.Start));
        return speaker is null ? (null, null) : (speaker, cue.Entry);
    }

    /// <summary>Of the candidates close before <paramref name="end"/> (60 characters, eight words, no comma between), the person
    /// before an organization before a group before the rest, and of equals the one ending last (the first listed at a tie);
    /// null when none is that close.</summary>
    private static Actor? MostSpecificNear(TokenLayer tokens, List<(Actor Actor, Span Span)> candidates, int end)
    {
        Actor? best = null;
        int bestRank = int.MaxValue, bestEnd = int.MinValue;
        foreach (var (actor, span) in candidates)
        {
            if (end - span.End > 60 || tokens.ClaimWordCount(new Span(span.End, end), 9) > 8 || tokens.AnyHolds(new Span(span.End, end), ',')) continue;
            var rank = actor.Kind switch { ActorKind.Person => 0, ActorKind.Organization => 1, ActorKind.Group => 2, _ => 3 };
            if (best is not null && (rank > bestRank || rank == bestRank && span.End <= bestEnd)) continue;
            (best, bestRank, bestEnd) = (actor, rank, span.End);
        }
        return best;
    }

    /// <summary>"Rania Haddad, a UN spokesperson, said": the person a bare name opening the sentence before a cue names, when
    /// the actor layer has nobody there, registered with the run's speakers so that quotes and pronouns read before the cue's
    /// own statement can point to the person too. <paramref name="beforeCue"/> runs from the sentence start to the cue.</summary>
    public Actor? BareNameBeforeAside(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span beforeCue)
    {
        var aside = AsideStart(doc.Tokens, beforeCue);
        var end = aside >= 0 ? aside : RelativeClauseClosing(doc.Tokens, beforeCue);
        if (end < 0) return null;
        var subject = new Span(beforeCue.Start, end);
        return index.Within(subject).Any() ? null : _bareNames.PersonBeforeAside(doc, actors, subject);
    }

    /// <summary>The subject right before a cue: an actor, a pronoun or a group ("Analysts").</summary>
    public Speaker? Subject(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span beforeCue)
    {
        beforeCue = beforeCue with { Start = Math.Max(beforeCue.Start, beforeCue.End - SubjectReach) };
        // Skip an apposition: "Lena Ovik, a veteran planner at ..., remarked".
        var aside = AsideStart(doc.Tokens, beforeCue);
        var apposition = aside >= 0;
        var end = apposition ? aside : beforeCue.End;
        var near = new Span(beforeCue.Start, end);
        if (apposition && _titledApposition.NamedInApposition(doc, index, near, new Span(end, beforeCue.End)) is { } named) return named;
        if (apposition && PersonBeforeAside(doc.Tokens, index, near, anyOpening: false) is { } chained) return chained;
        // "JD Vance, who opposes ... and warned": the relative pronoun's antecedent speaks.
        var relative = RelativeClauseClosing(doc.Tokens, near);
        var who = relative >= 0;
        if (who) near = near with { End = relative };
        // "said Kiri Amsel, a nurse in Brenn, who said ...": a personal "who" after an apposition points past it to the person.
        if (who && doc.Tokens.IsAny(doc.Tokens.FirstStartingFrom(relative) + 1, _words.PersonalRelativeSubjects) && PersonBeforeAside(doc.Tokens, index, near, anyOpening: true) is { } antecedent)
            return antecedent;
        if (_members.Member(doc, index, actors, near) is { } member) return member;
        var candidates = new List<(Actor Actor, Span Span)>();
        foreach (var m in index.Within(near))
            if (!IsAfterPreposition(doc.Tokens, m.Span) || doc.Tokens.IsBlank(new Span(m.Span.End, near.End))) candidates.Add(m);
        SortByEndStably(candidates);
        if (who) end = near.End;
        var last = candidates.LastOrDefault();
        var gap = last.Actor is null ? default : new Span(last.Span.End, end);
        // A pronoun subject stands right before the cue.
        var pronoun = doc.Tokens.SubjectPronounEnding(near);
        var unnamed = _groups.Group(doc.Tokens, near);
        var group = unnamed?.Phrase;
        // Adverbs and auxiliaries before the cue are dropped once for both readings of a description ("the minister also").
        var descriptionReach = near with { Start = Math.Max(near.Start, near.End - DescriptionChars) };
        var description = descriptionReach with { End = TrailingAdverbs.End(doc.Tokens, descriptionReach) };
        if (_titles.TitleHolder(doc, index, actors, description, near.End) is { } holder) return holder;
        if (_organizations.OrganizationAnaphor(doc, index, description, near.End) is { } organization) return organization;
        // "Ukraine's ambassador to Canada welcomed": a name after a preposition completes the unnamed speaker before it.
        if (last.Actor is not null && IsAfterPreposition(doc.Tokens, last.Span) && _groups.ComplementedGroup(doc.Tokens, near.Start, last.Span) is { } complemented)
            return GroupPhrases.SubjectGroup(index, actors, complemented, near.End);
        // The group's head noun inside the gap names the speaker rather than the actor before it.
        if (last.Actor is not null && doc.Tokens.ClaimWordCount(gap, 5) <= 4 && !doc.Tokens.AnyHolds(gap, ',') && (unnamed is not { } g || g.Head.Start < gap.Start))
        {
            // "A spokesperson for X's defense ministry": the most specific actor in the phrase speaks.
            // Not across a comma: "X denies it, while Y accuses" gives Y's verb to Y.
            // The gap test already makes the last actor the subject; only a close one may be more specific.
            var actor = MostSpecificNear(doc.Tokens, candidates, end) ?? last.Actor;
            if (actor.Kind == ActorKind.Country && last.Actor.Kind != ActorKind.Country) actor = last.Actor;
            return new Speaker(actor.Name, actor.Id, actor.Kind);
        }
        if (pronoun is not null) return Pronouns.ResolvePronoun(doc, index, pronoun, near.End);
        if ((apposition || who) && candidates.Count == 0 && _bareNames.NameBeforeAside(doc, actors, near) is { } person) return person;
        // "One of them said": a part of a group a pronoun points to is an unnamed speaker, named as the text names it.
        if (group is null && PronounPartitive(doc.Tokens, near) is { } partitive) return GroupPhrases.SubjectGroup(index, actors, partitive, near.End);
        return group is null ? null : GroupPhrases.SubjectGroup(index, actors, group, near.End);
    }

    /// <summary>Sorts by end, keeping text order at equal ends; the few mentions before a cue make an insertion sort cheapest.</summary>
    private static void SortByEndStably(List<(Actor Actor, Span Span)> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var j = i - 1;
            for (; j >= 0 && mentions[j].Span.End > mention.Span.End; j--) mentions[j + 1] = mentions[j];
            mentions[j + 1] = mention;
        }
    }

    public static bool IsAfterPreposition(TokenLayer tokens, Span mention)
    {
        var word = tokens.WordIndexRightBefore(mention.Start);
        if (word >= 0 && tokens.TextOf(word) is "the") word = tokens.WordIndexRightBefore(tokens[word].Start);
        // "A spokesman for X", "sources from X", "a fellow at X": these prepositions build the speaker's own phrase.
        return word >= 0 && tokens.TextOf(word) is "to" or "with" or "in" or "into" or "against" or "on" or "than" or "towards" or "toward";
    }

    public static Actor? ActorIn(AnalysisDocument doc, SpeakerIndex index, Span window, bool headOnly)
    {
        // "the Governor's spokesperson Ana Ruiz said": a person written with a possessive is whose spokesperson speaks,
        // so another person in the window comes first. One pass keeps the least mention (this runs for every reporting
        // cue): by rank then start, or for the head by start then rank; the earlier of equal ones, as a stable sort would.
        (Actor Actor, Span Span, int Rank)? best = null;
        foreach (var (actor, span) in index.Within(window))
        {
            var rank = actor.Kind != ActorKind.Person ? 2 : doc.Tokens.PossessiveAt(span.End) ? 1 : 0;
            if (best is not { } b || (headOnly ? (span.Start, rank).CompareTo((b.Span.Start, b.Rank)) : (rank, span.Start).CompareTo((b.Rank, b.Span.Start))) < 0)
                best = (actor, span, rank);
        }
        if (best is not { } found) return null;
        return !headOnly || doc.Tokens.ClaimWordCount(new Span(window.Start, found.Span.Start), 2) <= 1 ? found.Actor : null;
    }
}
