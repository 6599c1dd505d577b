using AidAnalysis.Frames.Claims;
using static AidAnalysis.Frames.Claims.ClaimWords;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers;

namespace AidAnalysis.Frames;

/// <summary>Who speaks: the subject before a cue, the speaker after a quote or a final "said", titles standing
/// for their holders, pronouns, clause subjects and unnamed groups.</summary>
public sealed partial class ClaimBuilder
{
    /// <summary>The subject of the clause a participle hangs on: the actor or pronoun that opens it
    /// ("The ministry pledged ..., saying"; "She thanked donors, stressing").</summary>
    private Speaker? ClauseSubject(AnalysisDocument doc, SpeakerIndex index, Span clause)
    {
        var text = doc.Text;
        // "UN Secretary-General X hailed ...": among the opening words, a person before the body they speak for.
        var first = index.Within(new Span(clause.Start, Math.Min(clause.End, clause.Start + 120)))
            .Where(m => WordCount(text.AsSpan(clause.Start..m.Span.Start)) <= 5 && !IsAfterPreposition(text, m.Span)
                && !text.AsSpan(clause.Start..m.Span.Start).Contains(','))
            .OrderBy(m => m.Actor.Kind == ActorKind.Person ? 0 : 1).ThenBy(m => m.Span.Start)
            .FirstOrDefault();
        if (first.Actor is not null) return new Speaker(first.Actor.Name, first.Actor.Id, first.Actor.Kind);
        var opening = LastWords(text[clause.Start..Math.Min(clause.End, clause.Start + 40)], 40);
        return opening.Count > 0 && opening[0] is "He" or "She" or "They" or "It" or "We" or "I"
            ? ResolvePronoun(doc, index, opening[0], clause.Start)
            : null;
    }

    /// <summary>The speaker after a quote or a final "said": "..." Doo said / said Prime Minister X / he said.</summary>
    private (Speaker? Speaker, string? Cue) SpeakerAfter(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span window)
    {
        var text = doc.Text;
        // The attribution runs to the end of its sentence or the next quotation ("U.S." has periods too).
        var sentenceIndex = doc.SentenceIndexAt(window.Start);
        if (sentenceIndex >= 0) window = window with { End = Math.Min(window.End, doc.Sentences[sentenceIndex].Span.End) };
        var stop = text.IndexOfAny(['“', '"', '‘', '\n'], window.Start, window.Length);
        if (stop > window.Start) window = window with { End = stop };
        var cue = _verbs.Find(doc.Words, window).FirstOrDefault();
        if (cue.Entry is null || cue.Span.Start - window.Start > 120) return (null, null);
        // "..., its embassy said Thursday, as the UN warned": the joined clause has a subject of its own.
        if (TextPatterns.FirstMatch(JoinedClause, text.AsSpan(cue.Span.End..window.End)) is { } joined) window = window with { End = cue.Span.End + joined.Index };
        var before = new Span(window.Start, cue.Span.Start);
        if (ActorIn(doc, index, before, headOnly: false) is { } a) return (new Speaker(a.Name, a.Id, a.Kind), cue.Entry);
        var pronoun = Pronoun.Match(text[before.Start..before.End].TrimEnd());
        if (pronoun.Success) return (ResolvePronoun(doc, index, pronoun.Groups["p"].Value, before.Start), cue.Entry);
        // "..., the minister told DW" / "..., the bank said": a description before the cue is the speaker, and what follows
        // "told" is the hearer.
        if (DescribedSpeaker(doc, index, actors, before) is { } described) return (described, cue.Entry);
        // '"...," X told Al Jazeera': what follows "told" is the hearer, never the speaker.
        if (cue.Entry is "told" or "tells")
            return GroupPhrase(text[before.Start..before.End]) is { } teller ? (SubjectGroup(index, actors, teller, cue.Span.Start), cue.Entry) : (null, null);
        var after = new Span(cue.Span.End, window.End);
        // "..., said a diplomat in Nairobi who follows Somalia": a relative clause describes the speaker; what it names is not them.
        if (RelativeClause.Match(text, after.Start, after.Length) is { Success: true } relative) after = after with { End = relative.Index };
        if (ActorIn(doc, index, after, headOnly: false) is { } b) return (new Speaker(b.Name, b.Id, b.Kind), cue.Entry);
        // "..., says the Minister of Finance": the person named with that title, just before or after.
        if (TitleAfter(doc, index, text[after.Start..after.End], after.Start) is { } titled) return (titled, cue.Entry);
        // "..., said his spokesman": a spokesman speaks for the person "his" points to.
        if (SpokesmanOf.Match(text[after.Start..after.End]) is { Success: true } spokesman)
            return (ResolvePronoun(doc, index, spokesman.Groups["p"].Value == "his" ? "he" : "she", window.Start), cue.Entry);
        // "..., said one woman, who asked not to be named": the speaker after the cue ends at its comma.
        var afterText = text[after.Start..after.End];
        // "... said in a statement": a noun after a preposition is where it was said, not who said it.
        var afterSpeaker = afterText.IndexOf(',') is var comma and > 0 ? afterText[..comma] : afterText;
        if (StartsWithPreposition(afterSpeaker)) afterSpeaker = "";
        var group = GroupPhrase(text[before.Start..before.End]) ?? GroupPhrase(afterSpeaker);
        return group is null ? (null, null) : (SubjectGroup(index, actors, group, cue.Span.Start), cue.Entry);
    }

    /// <summary>Whether a phrase opens with a word that bounds a noun phrase (noun-phrase-words.tsv: a preposition, conjunction
    /// or relative word), so no speaker starts there.</summary>
    private bool StartsWithPreposition(string phrase) =>
        _lexicon.NounPhraseBounds.TryGetValue(phrase.TrimStart().Split(' ', 2)[0], out var determiner) && !determiner;

    /// <summary>A title ("the minister") or an organisation's description ("the bank") standing for one named elsewhere.</summary>
    private Speaker? DescribedSpeaker(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span phrase)
    {
        if (phrase.Length == 0) return null;
        var description = TrailingAdverbs.Trim(doc.Text[phrase.Start..phrase.End]);
        return TitleHolder(doc, index, actors, description, phrase.End) ?? OrganizationAnaphor(doc, index, description, phrase.End);
    }

    /// <summary>The speaker before a quote: X said: "..." / X went on to say that "...".</summary>
    private (Speaker? Speaker, string? Cue) SpeakerBefore(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span window)
    {
        var cue = _verbs.Find(doc.Words, window).LastOrDefault();
        if (cue.Entry is null || window.End - cue.Span.End > 12) return (null, null);
        var speaker = Subject(doc, index, actors, new Span(window.Start, cue.Span.Start));
        return speaker is null ? (null, null) : (speaker, cue.Entry);
    }

    /// <summary>The subject right before a cue: an actor, a pronoun or a group ("Analysts").</summary>
    private Speaker? Subject(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, Span beforeCue)
    {
        var text = doc.Text;
        beforeCue = beforeCue with { Start = Math.Max(beforeCue.Start, beforeCue.End - 300) };
        var phrase = text[beforeCue.Start..beforeCue.End];
        // Skip an apposition: "Doo Jin-ho, a research fellow at ..., pointed out". Both patterns need a comma; most phrases have none.
        var apposition = phrase.Contains(',') ? TextPatterns.FirstMatch(Apposition, phrase) : null;
        var end = apposition is { } a ? beforeCue.Start + a.Index : beforeCue.End;
        var near = new Span(beforeCue.Start, end);
        if (apposition is not null && NamedInApposition(doc, index, near, new Span(end, beforeCue.End)) is { } named) return named;
        // "JD Vance, who opposes ... and warned": the relative pronoun's antecedent speaks.
        var who = text.AsSpan(near.Start, near.Length) is var nearSpan && nearSpan.Contains(',') ? TextPatterns.FirstMatch(RelativeWho, nearSpan) : null;
        if (who is { } relative) near = near with { End = near.Start + relative.Index };
        var candidates = new List<(Actor Actor, Span Span)>();
        foreach (var m in index.Within(near))
            if (!IsAfterPreposition(text, m.Span) || text.AsSpan(m.Span.End..near.End).Trim().Length == 0) candidates.Add(m);
        SortByEndStably(candidates);
        if (who is not null) end = near.End;
        var last = candidates.LastOrDefault();
        var gap = last.Actor is null ? null : text[last.Span.End..end];
        var nearText = near == beforeCue ? phrase : text[near.Start..near.End];
        // A pronoun subject stands right before the cue; its last 40 characters are enough to see it.
        var pronoun = Pronoun.Match(nearText.TrimEnd() is var trimmed && trimmed.Length > 40 ? trimmed[^40..] : trimmed);
        var group = GroupPhrase(nearText);
        // Adverbs and auxiliaries before the cue are dropped once for both readings of a description ("the minister also").
        var description = TrailingAdverbs.Trim(nearText.Length > 80 ? nearText[^80..] : nearText);
        if (TitleHolder(doc, index, actors, description, near.End) is { } holder) return holder;
        if (OrganizationAnaphor(doc, index, description, near.End) is { } organization) return organization;
        // "Ukraine's ambassador to Canada welcomed": a name after a preposition completes the unnamed speaker before it.
        if (last.Actor is not null && IsAfterPreposition(text, last.Span) && ComplementedGroup(text, near.Start, last.Span) is { } complemented)
            return SubjectGroup(index, actors, complemented, near.End);
        if (last.Actor is not null && WordCount(gap!) <= 4 && !gap!.Contains(',') && (group is null || !gap.Contains(group.Split(' ')[^1])))
        {
            // "A spokesperson for X's defense ministry": the most specific actor in the phrase speaks.
            // Not across a comma: "X denies it, while Y accuses" gives Y's verb to Y.
            var actor = candidates.Where(c => end - c.Span.End <= 60 && WordCount(text.AsSpan(c.Span.End..end)) <= 8 && !text.AsSpan(c.Span.End..end).Contains(','))
                .OrderBy(c => c.Actor.Kind switch { ActorKind.Person => 0, ActorKind.Organization => 1, ActorKind.Group => 2, _ => 3 })
                .ThenByDescending(c => c.Span.End)
                .Select(c => c.Actor).First();
            if (actor.Kind == ActorKind.Country && last.Actor.Kind != ActorKind.Country) actor = last.Actor;
            return new Speaker(actor.Name, actor.Id, actor.Kind);
        }
        if (pronoun.Success) return ResolvePronoun(doc, index, pronoun.Groups["p"].Value, near.End);
        if ((apposition is not null || who is not null) && candidates.Count == 0 && NameBeforeAside(doc, actors, near) is { } person) return person;
        // "One of them said": a part of a group a pronoun points to is an unnamed speaker, named as the text names it.
        if (group is null && PronounPartitive.Match(nearText) is { Success: true } partitive) return SubjectGroup(index, actors, partitive.Groups["p"].Value, near.End);
        return group is null ? null : SubjectGroup(index, actors, group, near.End);
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

    /// <summary>"The Minister of Relief, Jane Doe, disclosed": a title with no name of its own, then the name in apposition,
    /// which speaks. Not "The ministry, led by X, said" (the head is no title) nor "X, a fellow at Y, said" (the name comes first).</summary>
    private Speaker? NamedInApposition(AnalysisDocument doc, SpeakerIndex index, Span near, Span apposition)
    {
        var text = doc.Text;
        if (index.Within(near).Any(m => m.Actor.Kind == ActorKind.Person)) return null;
        var words = LastWords(text[near.Start..near.End], 16);
        if (words.Count == 0 || !(words.Any(_titleHeads.Contains) || words.All(w => char.IsUpper(w[0]) || w is "of" or "for" or "and" or "the" or "on")
            || IsOrganizationsRole(doc, index, near))) return null;
        var person = index.Within(apposition).FirstOrDefault(m => m.Actor.Kind == ActorKind.Person);
        if (person.Actor is null || WordCount(text.AsSpan(apposition.Start..person.Span.Start)) > 1) return null;
        var after = text.AsSpan(person.Span.End..apposition.End).Trim().TrimStart(',');
        return WordCount(after) <= 2 ? new Speaker(person.Actor.Name, person.Actor.Id, person.Actor.Kind) : null;
    }

    /// <summary>"Oxfam's country lead": a named body's possessive and a short lower-case role, whatever the role word.</summary>
    private static bool IsOrganizationsRole(AnalysisDocument doc, SpeakerIndex index, Span near) =>
        TextPatterns.FirstMatch(PossessiveRole, doc.Text.AsSpan(near.Start, near.Length)) is { } role
        && index.Within(near).Any(m => m.Span.End == near.Start + role.Index);

    [System.Text.RegularExpressions.GeneratedRegex(@"\s(?:who|whom|whose|which)\b", TextPatterns.WindowOptions)]
    private static partial System.Text.RegularExpressions.Regex RelativeClause { get; }

    [System.Text.RegularExpressions.GeneratedRegex(@"['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*\s*$", TextPatterns.WindowOptions)]
    private static partial System.Text.RegularExpressions.Regex PossessiveRole { get; }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|[\s,;:])(?<p>(?:[Oo]ne|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Tt]wo|[Tt]hree|[Oo]thers?)\s(?:of|among)\s(?:them|those|us))\s*$", TextPatterns.WindowOptions)]
    private static partial System.Text.RegularExpressions.Regex PronounPartitive { get; }

    /// <summary>How far from a cue the person holding a title named after it is looked for.</summary>
    private const int TitleReach = 400;

    /// <summary>"..., says the Minister of Awqaf." then "X, also Minister of ...": the person whose role holds the title
    /// word that follows "the", named nearest the cue, before or just after it.</summary>
    private Speaker? TitleAfter(AnalysisDocument doc, SpeakerIndex index, string phrase, int at)
    {
        var words = phrase.TrimStart().Split(' ', 6);
        if (words.Length < 2 || words[0] is not ("the" or "The")) return null;
        var head = words.Skip(1).Take(4).Select(w => w.TrimEnd('.', ',')).FirstOrDefault(_titleHeads.Contains);
        if (head is null) return null;
        var holder = doc.Actors
            .Where(a => a.Kind == ActorKind.Person && a.Role is not null && a.Role.Split(' ').Any(w => w.TrimEnd('.').Equals(head, StringComparison.OrdinalIgnoreCase)))
            .Select(a => (Actor: a, Distance: index.NearestStartDistance(a, at)))
            .Where(x => x.Distance < TitleReach)
            .OrderBy(x => x.Distance)
            .Select(x => x.Actor)
            .FirstOrDefault();
        return holder is null ? null : new Speaker(holder.Name, holder.Id, holder.Kind);
    }

    /// <summary>"The Secretary added", "the aid chief said": the last person named before with that title;
    /// where nobody was, a title the lexicon knows ("the Foreign Secretary") names the speaker itself.</summary>
    /// <param name="description">The last words before the cue, without trailing adverbs and auxiliaries.</param>
    private Speaker? TitleHolder(AnalysisDocument doc, SpeakerIndex index, SpeakerRoster actors, string description, int before)
    {
        if (TitleAnaphor.Match(description) is not { Success: true } title) return null;
        var head = title.Groups["head"].Value;
        if (!_titleHeads.Contains(head)) return null;
        // "the finance minister" is the person titled with all its words before one titled "minister" alone ("prime minister X").
        var titleWords = LastWords(title.Groups["title"].Value, 4);
        // Only people named within an article's length of the description can hold its title; looking further would make
        // every description read every person of a long input.
        var near = new Span(Math.Max(0, before - HolderReach), Math.Min(doc.Text.Length, before + LaterNameReach));
        // Actors are told apart by reference: each has its own id, and hashing a whole record per mention is costly.
        var seen = new HashSet<Actor>(ReferenceEqualityComparer.Instance);
        var people = new List<Actor>();
        foreach (var (actor, _) in index.Within(near))
            if (actor.Kind == ActorKind.Person && seen.Add(actor)) people.Add(actor);
        var holder = HolderOf(index, people.Where(a => titleWords.All(w => HoldsTitleWord(index, doc.Text, a, w, near))), before)
            ?? HolderOf(index, people.Where(a => HoldsTitleWord(index, doc.Text, a, head, near)), before);
        if (holder is not null) return new Speaker(holder.Name, holder.Id, holder.Kind);
        var words = title.Groups["title"].Value.Split(' ');
        var named = Enumerable.Range(0, words.Length).Select(i => string.Join(' ', words[i..])).FirstOrDefault(_lexicon.Titles.Contains);
        if (named is null || !char.IsUpper(named[0])) return null;
        var existing = actors.Person(named, named, doc.Context.HomeState, []);
        return new Speaker(existing.Name, existing.Id, existing.Kind);
    }

    /// <summary>The holder named last before <paramref name="before"/>, else ("The Foreign Secretary has announced ..." and only
    /// later "Foreign Secretary X said") the one named first after it, within a few paragraphs.</summary>
    private static Actor? HolderOf(SpeakerIndex index, IEnumerable<Actor> holders, int before)
    {
        var candidates = holders.ToList();
        return candidates
            .Select(a => (Actor: a, Last: index.LastStartEndingBy(a, before)))
            .Where(x => x.Last >= 0)
            .OrderByDescending(x => x.Last)
            .Select(x => x.Actor)
            .FirstOrDefault()
            ?? candidates
            .Select(a => (Actor: a, First: index.FirstStartFrom(a, before)))
            .Where(x => x.First - before < LaterNameReach)
            .OrderBy(x => x.First)
            .Select(x => x.Actor)
            .FirstOrDefault();
    }

    private static bool HoldsTitleWord(SpeakerIndex index, string text, Actor person, string word, Span near) =>
        person.Role is not null && RoleHolds(person.Role, word) || TitledAtMention(index, text, person, word, near);

    /// <summary>How far after a description the person who holds its title may be named: a few paragraphs.</summary>
    private const int LaterNameReach = 1200;

    /// <summary>How far before a description its holder may have been named: longer than any news article.</summary>
    private const int HolderReach = 40_000;

    /// <summary>"UN aid chief Maria Lopez": the title word stands among the few words before one of the person's mentions,
    /// though the actor layer kept no role for it.</summary>
    private static bool TitledAtMention(SpeakerIndex index, string text, Actor person, string head, Span near) =>
        index.MentionsWithin(person, near).Any(m => LastWordsHold(WithinClause(text.AsSpan(Math.Max(0, m.Start - 40), Math.Min(40, m.Start))), 4, head));

    /// <summary>The words before a name from the last stop, line break, bracket or quotation mark on: a title in an earlier
    /// sentence ("... the ambassador said.\n(Reporting by X") is not the name's.</summary>
    private static ReadOnlySpan<char> WithinClause(ReadOnlySpan<char> before) =>
        before.LastIndexOfAny(".\n(\"“”") is var cut and >= 0 ? before[(cut + 1)..] : before;

    /// <summary>"Minister of Finance" holds "minister"; "Foreign Secretary" holds "secretary".</summary>
    private static bool RoleHolds(string role, string head) =>
        role.Split(' ').Any(w => w.TrimEnd('.', ',').Equals(head, StringComparison.OrdinalIgnoreCase));

    /// <summary>"Analysts", "the source", "Some Syrian civil society activists", "the U.S. government": a noun phrase
    /// ending in a group noun, as the text writes it; it does not reach back across a comma ("Finally, the government").
    /// Opened by a determiner or possessive, or after a comma, the phrase keeps its lower-case modifiers too ("the country's
    /// disaster agency", "its state news agency", ", local officials said").</summary>
    private string? GroupPhrase(string phrase)
    {
        // Only the last five words can end the phrase, and it reaches four words further back.
        var tail = phrase.AsSpan(Math.Max(0, phrase.Length - 160));
        if (!EndsNearGroupNoun(tail)) return null;
        var tokens = LastTokens(tail, 10);
        for (var i = tokens.Count - 1; i >= Math.Max(0, tokens.Count - 5); i--)
        {
            var head = BareToken(tokens[i]);
            if (!_lexicon.GroupSpeakers.Contains(head)) continue;
            var start = i;
            while (start > 0 && i - start < 4 && !tokens[start - 1].EndsWith(',') && BareToken(tokens[start - 1]) is var word && !_lexicon.ReportingVerbs.ContainsKey(word)
                   && (char.IsUpper(word[0]) || word is "the" or "a" or "an" or "some" or "several" or "many" or "informed" or "senior" or "western" or "civil" or "society" or "other")) start--;
            if (PhraseOpening(tokens, i) is var opened and >= 0) start = Math.Min(start, opened);
            return string.Join(' ', tokens.Skip(start).Take(i - start).Append(head));
        }
        return null;
    }

    private static string BareToken(string token) =>
        token.Contains('.', StringComparison.Ordinal) && token.IndexOf('.') < token.Length - 1 ? token.TrimEnd(',') : token.TrimEnd(',', '.');

    /// <summary>Where the noun phrase whose head is token <paramref name="head"/> opens: at a determiner ("the", "its") or
    /// a possessive with nothing before it, or after a comma or a preposition or conjunction; -1 when a reporting verb or a
    /// sentence stop comes first or the phrase would run longer than five words before its head.</summary>
    private int PhraseOpening(List<string> tokens, int head)
    {
        for (var j = head - 1; j >= Math.Max(0, head - 5); j--)
        {
            if (tokens[j].EndsWith(',')) return j + 1 < head ? j + 1 : -1;
            if (tokens[j].EndsWith('.') || tokens[j].EndsWith(':')) return -1;
            var word = BareToken(tokens[j]);
            if (_lexicon.ReportingVerbs.ContainsKey(word)) return -1;
            if (_lexicon.NounPhraseBounds.TryGetValue(word, out var determiner)) return determiner ? j : j + 1 < head ? j + 1 : -1;
        }
        return -1;
    }

    /// <summary>Whether one of the last five tokens <see cref="GroupPhrase"/> reads is a group noun, read without allocating:
    /// most cues have none near them.</summary>
    private bool EndsNearGroupNoun(ReadOnlySpan<char> tail)
    {
        var read = 0;
        for (var end = tail.Length; end > 0 && read < 5;)
        {
            while (end > 0 && tail[end - 1] is ' ' or '\n' or '\t') end--;
            var start = end;
            while (start > 0 && tail[start - 1] is not (' ' or '\n' or '\t')) start--;
            var token = tail[start..end].Trim("\"“”‘’();:");
            end = start;
            if (token.Length == 0 || !IsWordChar(token[0])) continue;
            read++;
            var dot = token.IndexOf('.');
            if (_groupNouns.Contains(dot >= 0 && dot < token.Length - 1 ? token.TrimEnd(',') : token.TrimEnd(",."))) return true;
        }
        return false;
    }

    /// <summary>The last <paramref name="count"/> whitespace-separated tokens of <paramref name="tail"/> that start with a
    /// word character once quotes and brackets are trimmed, in order; read backwards, so a long phrase is not split whole.</summary>
    private static List<string> LastTokens(ReadOnlySpan<char> tail, int count)
    {
        var tokens = new List<string>(count);
        for (var end = tail.Length; end > 0 && tokens.Count < count;)
        {
            while (end > 0 && tail[end - 1] is ' ' or '\n' or '\t') end--;
            var start = end;
            while (start > 0 && tail[start - 1] is not (' ' or '\n' or '\t')) start--;
            var token = tail[start..end].Trim("\"“”‘’();:");
            if (token.Length > 0 && IsWordChar(token[0])) tokens.Add(token.ToString());
            end = start;
        }
        tokens.Reverse();
        return tokens;
    }

    /// <summary>"he said": the last person named as an agent before, not one named as an object
    /// ("his counterpart X") nor one the text shows to be of the other gender; "I" and "we" in a statement are its author,
    /// who is never the antecedent of a third-person pronoun.</summary>
    private Speaker? ResolvePronoun(AnalysisDocument doc, SpeakerIndex index, string pronoun, int before)
    {
        static bool IsByline(Actor a) => a.Kind == ActorKind.Person && a.Role == "author";
        if (pronoun is "I" or "We" or "we")
        {
            var author = doc.Actors.FirstOrDefault(IsByline)
                ?? doc.Actors.Where(a => a.Kind == ActorKind.Person && a.Mentions.Count > 0).MinBy(a => a.Mentions[0].Start);
            return author is null ? null : new Speaker(author.Name, author.Id, author.Kind);
        }
        var people = pronoun is "they" or "They" or "it" or "It" ? (ActorKind?)null : ActorKind.Person;
        var gender = SpeakerGenders.OfPronoun(pronoun);
        bool IsCandidate(Actor a) => people is null ? a.Kind != ActorKind.Person : a.Kind == people && !IsByline(a) && index.Genders.Fits(a, gender);
        Speaker Resolved(Actor a)
        {
            if (a.Kind == ActorKind.Person) index.Genders.Learn(a, gender);
            return new Speaker(a.Name, a.Id, a.Kind);
        }
        // "X praised the leadership of Y ... He also thanked": the last sentence subject, before any other mention.
        // "A and B briefed lawmakers. They also said": plural "they" may be people who opened the sentence before.
        // Both walks go back from the pronoun through the mention index, nearest mention first.
        var they = pronoun is "they" or "They";
        // "Opposition lawmakers said ... They argued": an unnamed speaker of the same number, unless a mention is nearer.
        var (group, groupAt) = people is null ? GroupAntecedent(index, they, before) : (null, -1);
        if (people is not null || they)
            foreach (var (actor, mention) in index.EndingBy(before))
            {
                if (before - mention.End >= SubjectReach) break;
                // A name inside a quotation is spoken about, not speaking: "'... Mr Lee did,' he said".
                if ((they ? !IsByline(actor) : IsCandidate(actor)) && !InsideQuotation(doc, mention) && OpensSentence(doc, mention))
                    return group is not null && mention.End < groupAt ? Resolved(group) : Resolved(actor);
            }
        foreach (var (actor, mention) in index.EndingBy(before))
            if (IsCandidate(actor) && !IsObject(doc.Text, mention) && !InsideQuotation(doc, mention))
                return group is not null && mention.End < groupAt ? Resolved(group) : Resolved(actor);
        return group is null ? null : Resolved(group);
    }

    /// <summary>The nearest unnamed speaker within two sentences before a "they" (plural: "officials", "police") or an
    /// "it" (singular: "the ministry").</summary>
    private (Actor? Group, int At) GroupAntecedent(SpeakerIndex index, bool plural, int before)
    {
        foreach (var (group, at) in index.GroupSpeakersBefore(before, SubjectReach))
            if (IsPlural(group.Name) == plural) return (group, at);
        return (null, -1);
    }

    /// <summary>"officials", "aid workers", "police": a plural head, by its ending or as group-speakers.txt marks it.</summary>
    private bool IsPlural(string phrase)
    {
        var head = phrase[(phrase.LastIndexOf(' ') + 1)..];
        return _lexicon.PluralGroupSpeakers.Contains(head)
            || head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a mention lies inside a quotation (the quotation layer is sorted by start and not overlapping).</summary>
    private static bool InsideQuotation(AnalysisDocument doc, Span mention)
    {
        int lo = 0, hi = doc.Quotations.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (doc.Quotations[mid].Outer.Start <= mention.Start) lo = mid + 1; else hi = mid;
        }
        return lo > 0 && doc.Quotations[lo - 1].Outer.Contains(mention);
    }

    /// <summary>How far back a sentence subject is looked for as a pronoun's antecedent: about two sentences.</summary>
    private const int SubjectReach = 400;

    /// <summary>A mention among the first words of its sentence ("Finance Minister X said", "X, the ambassador, spoke").</summary>
    private static bool OpensSentence(AnalysisDocument doc, Span mention)
    {
        var i = doc.SentenceIndexAt(mention.Start);
        return i >= 0 && WordCount(doc.Text.AsSpan(doc.Sentences[i].Span.Start..mention.Start)) <= 3;
    }

    /// <summary>The unnamed speaker ending right before the preposition that <paramref name="mention"/> follows ("officials"
    /// of "officials in Kenya"), or null.</summary>
    private string? ComplementedGroup(string text, int start, Span mention)
    {
        var position = mention.Start;
        if (StateSalience.PreviousWord(text, ref position) == "the") StateSalience.PreviousWord(text, ref position);
        if (position <= start) return null;
        var before = text[start..position].TrimEnd();
        return GroupPhrase(before) is { } group && before.EndsWith(group.Split(' ')[^1], StringComparison.Ordinal) ? group : null;
    }

    private static bool IsAfterPreposition(string text, Span mention)
    {
        var position = mention.Start;
        var word = StateSalience.PreviousWord(text, ref position);
        if (word == "the") word = StateSalience.PreviousWord(text, ref position);
        // "A spokesman for X", "sources from X", "a fellow at X": these prepositions build the speaker's own phrase.
        return word is "to" or "with" or "in" or "into" or "against" or "on" or "than" or "towards" or "toward";
    }

    private static bool IsObject(string text, Span mention)
    {
        var position = mention.Start;
        for (var hops = 0; hops < 3; hops++)
        {
            var word = StateSalience.PreviousWord(text, ref position);
            if (word is null) return false;
            if (word is "counterpart" or "his" or "her" or "their" or "met" or "with" or "to" or "by" or "informed" or "told") return true;
            if (!char.IsUpper(word[0])) return false;
        }
        return false;
    }

    private static Actor? ActorIn(AnalysisDocument doc, SpeakerIndex index, Span window, bool headOnly)
    {
        var found = index.Within(window)
            .OrderBy(m => m.Actor.Kind == ActorKind.Person ? 0 : 1).ThenBy(m => m.Span.Start).ToList();
        if (found.Count == 0) return null;
        if (headOnly)
        {
            var first = found.OrderBy(m => m.Span.Start).First();
            return WordCount(doc.Text.AsSpan(window.Start..first.Span.Start)) <= 1 ? first.Actor : null;
        }
        return found[0].Actor;
    }

    /// <summary>An unnamed speaker in subject position, recorded where it spoke for a later "they" or "it".</summary>
    private static Speaker SubjectGroup(SpeakerIndex index, SpeakerRoster actors, string phrase, int at)
    {
        var group = actors.Group(phrase);
        index.AddGroupSpeaker(group, at);
        return new Speaker(group.Name, group.Id, ActorKind.Group);
    }

    private static Speaker GroupSpeaker(SpeakerRoster actors, string phrase)
    {
        var group = actors.Group(phrase);
        return new Speaker(group.Name, group.Id, ActorKind.Group);
    }
}
