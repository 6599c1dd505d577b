using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Recognizers.People;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Finds people: names after titles ("Defence Minister X"), appositions ("X, a senior lecturer at Y"),
/// bylines and credits ("By X", "writing by X"), known given names ("Donald X"), "X MP", and
/// capitalised names as subjects or objects of reporting verbs ("X said", "said X").
/// </summary>
public sealed partial class PersonRecognizer
{

    /// <summary>The role of a name a byline gives ("By Jane Doe"), as opposed to a credit ("Photo by ...").</summary>
    public const string BylineRole = "author";

    private readonly Lexicon _lexicon;
    private readonly PersonWordFinder _personWords;
    private readonly OrganizationApposition _organizationAppositions;
    private readonly UntitledNames _untitledNames;
    private readonly Bylines _bylines;
    private readonly NameCleaner _names;
    private readonly RoleAppositions _roleAppositions;
    /// <summary>What may stand between a name and the title in apposition to it: a comma, alone or with an opening word
    /// ("X, also Minister of ...", "X, the Minister for ...").</summary>
    private readonly string[] _appositionOpeners;
    /// <summary>The name after a title: "Minister Anna Berg", "Ambassador to Chile Anna Berg", or, after a comma,
    /// a longer complement, its acronym may follow ("Minister for Water Resources and Coastal Recovery, Anna Berg",
    /// "Director of the National Relief Agency (NRA), Anna Berg"); all on one line.</summary>
    [GeneratedRegex($@"^(?:(?<to> (?:to|of|for|in|at) (?:the )?\p{{Lu}}[\p{{L}}.’']+(?: (?:and )?\p{{Lu}}[\p{{L}}.’']+){{0,5}}(?: \(\p{{Lu}}[\p{{L}}.&-]{{1,12}}\))?)?, (?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?(?<name>{TextPatterns.PersonName})|(?<to> (?:to|of|for) (?:the )?\p{{Lu}}[\p{{L}}.]+(?: \p{{Lu}}[\p{{L}}.]+)?)? (?<name>{TextPatterns.PersonName}))", TextPatterns.WindowOptions)]
    private static partial Regex AfterTitle { get; }
    [GeneratedRegex(@"^(?<to> (?:of|for) (?:the )?\p{Lu}[\p{L}’']+(?: (?:and )?\p{Lu}[\p{L}’']+){0,4})", TextPatterns.WindowOptions)]
    private static partial Regex TitleComplement { get; }

    [GeneratedRegex($@"^(?:\s{TextPatterns.ParticlesBeforeToken}{TextPatterns.NameToken}){{1,2}}", TextPatterns.WindowOptions)]
    private static partial Regex AfterGivenName { get; }
    [GeneratedRegex($@"^\s(?<name>{TextPatterns.NameToken}(?:\s{TextPatterns.ParticlesBeforeToken}{TextPatterns.NameToken}){{1,2}})", TextPatterns.WindowOptions)]
    private static partial Regex NameAfterVerb { get; }
    /// <summary>Built on first use, as every grouped pattern is: most texts hold no " MP".</summary>
    private readonly GroupedPattern _memberOfParliament = TextPatterns.CreateGrouped($@"(?<name>{TextPatterns.PersonName})\sMP\b");


    /// <summary>Weekdays and day words ("Monday", "yesterday") that may stand between a name and its verb.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _timeAdjuncts;

    public PersonRecognizer(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _personWords = new PersonWordFinder(lexicon);
        _organizationAppositions = new OrganizationApposition(lexicon);
        _untitledNames = new UntitledNames(lexicon);
        _bylines = new Bylines(lexicon);
        _names = new NameCleaner(lexicon);
        _roleAppositions = new RoleAppositions(lexicon, _names);
        _appositionOpeners = [", ", .. lexicon.AppositionOpeners.Select(word => $", {word} ")];
        _timeAdjuncts = lexicon.TimeWords.Where(w => w.Kind is TimeWordKind.Weekday or TimeWordKind.Day)
            .Select(w => w.Phrase).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IEnumerable<EntityMention> Find(WordStarts words, TokenLayer tokens, IReadOnlyList<EntityMention> gazetteer)
    {
        var text = words.Text;
        var named = NamedElsewhere(text.Length, gazetteer);
        var sorted = gazetteer.OrderBy(g => g.Span.Start).ToArray();
        var byEnd = new MentionsByEnd(gazetteer);
        var titled = new List<Span>();
        // Titles, given names and the verbs are found in one walk of the lexicon's trie; the regular expressions only read the name
        // right after one.
        var lexiconWords = _personWords.Find(words);
        var titles = lexiconWords.Titles;
        // Where the companies named before corporate titles occur, found in one walk over the words.
        var companies = new WordOccurrences(words, titles.Select(t => CompanyBefore(text, t, named)).OfType<Span>().Select(c => text[c.Start..c.End]));
        foreach (var title in titles)
        {
            if (TitleApposition(text, title, named, byEnd) is { } holder)
            {
                var complement = TitleComplement.Match(text, title.End, Math.Min(text.Length - title.End, 120));
                yield return new EntityMention(holder, MentionType.Person, text[holder.Start..holder.End], text[title.Start..title.End] + complement.Value,
                    ComplementOwner(text, complement.Groups["to"], sorted) ?? TitleAffiliation(text, title, byEnd, named));
            }
            var m = AfterTitle.Match(text, title.End, Math.Min(text.Length - title.End, 160));
            if (!m.Success) continue;
            var name = _names.CleanName(text, m.Groups["name"], named);
            if (name is null) continue;
            // After a comma only a full name is read as the title's holder ("Minister of Health, Anna Berg"), not one word of a list.
            // After a lower-case title ("the envoy Tuesday") a single capitalised word is not taken for a name either.
            var afterComma = text.AsSpan(title.End, m.Groups["name"].Index - title.End).Contains(',') || char.IsLower(text[title.Start]);
            if (afterComma && !text.AsSpan(name.Value.Start, name.Value.Length).Contains(' ')) continue;
            // "chief Asia economist", "regional director Asia": a region or country after a title is the beat, not the holder.
            if (_names.IsPlaceName(text.AsSpan(name.Value.Start, name.Value.Length))) continue;
            titled.Add(name.Value);
            var role = text[title.Start..title.End] + m.Groups["to"].Value;
            var affiliation = BodyBeforeTitle(text, title, byEnd) ?? ComplementOwner(text, m.Groups["to"], sorted) ?? OwnerOfIts(text, title, sorted) ?? TitleAffiliation(text, title, byEnd, named);
            // "Norvik CEO Lena Dahl": the capitalised word before a corporate title names the company.
            if (affiliation is null && CompanyBefore(text, title, named) is { } company)
            {
                affiliation = text[company.Start..company.End];
                // The company is named alone elsewhere too ("Norvale didn't respond").
                foreach (var at in companies.Of(affiliation))
                    if (!NameCleaner.Overlaps(new Span(at, at + affiliation.Length), named))
                        yield return new EntityMention(new Span(at, at + affiliation.Length), MentionType.Organization, affiliation);
            }
            yield return new EntityMention(name.Value, MentionType.Person, text[name.Value.Start..name.Value.End], role.Trim(), affiliation);
        }
        foreach (var person in _roleAppositions.Find(tokens, named, sorted, byEnd)) yield return person;
        foreach (var byline in _bylines.Find(tokens, named)) yield return byline;
        // "Norvale, a fertiliser maker, said": read here, so that the name is not taken for a person's.
        var describedOrganisations = _organizationAppositions.Find(text, named).ToList();
        foreach (var organisation in describedOrganisations) yield return organisation;
        // "Putin’s war", "sanctions on Putin": a well-known holder's surname alone is a person
        // (a longer name over the same word, "Anna Putin", is found by the rules above and wins).
        foreach (var surname in lexiconWords.HolderSurnames)
            if (!NameCleaner.Overlaps(surname, named) && !JoinedToAnotherWord(text, surname))
                yield return new EntityMention(surname, MentionType.Person, text[surname.Start..surname.End]);
        var titledByStart = titled.OrderBy(t => t.Start).ToArray();
        var longestTitled = titled.Count == 0 ? 0 : titled.Max(t => t.Length);
        var speechVerbs = lexiconWords.ReportingVerbs;
        // "X Y of the Red Crescent said", "according to X Y of UNICEF": a speaker named with their organisation (first, so that the
        // looser reading of the same name below does not take its place without the affiliation).
        foreach (var (candidate, organisation) in UntitledNames.BeforeTheirOrganisation(text, sorted, _lexicon.ReportingVerbs))
        {
            if (_names.CleanName(text, candidate, named) != candidate || !_untitledNames.IsPersonLike(text.AsSpan(candidate.Start, candidate.Length))
                || OverlapsAnotherName(titledByStart, longestTitled, candidate)) continue;
            yield return new EntityMention(candidate, MentionType.Person, text[candidate.Start..candidate.End], Affiliation: organisation);
        }
        foreach (var (candidate, role) in LooseNames(text, lexiconWords))
        {
            var name = _names.CleanName(text, candidate, named);
            if (name is null || text[name.Value.Start..name.Value.End].Split(' ').Length < 2) continue;
            // "Minister of Finance Aino Lehto told": the title's reading of the name wins over a looser one.
            if (OverlapsAnotherName(titledByStart, longestTitled, name.Value) || OpensTitle(text, name.Value)) continue;
            yield return new EntityMention(name.Value, MentionType.Person, text[name.Value.Start..name.Value.End], role, Possessor(text, name.Value, byEnd));
        }
        // "X Y, a UN spokesperson, said", "X Y, 54, told", "met X Y in Hanoi": names known by their place in the clause, whatever
        // their given name. Each must be a clean name as it stands, of no known place or people, and not an organisation described.
        var asides = speechVerbs.Select(v => _untitledNames.BeforeAside(text, v.Span.Start)).OfType<Span>();
        var fullNames = UntitledNames.FullNamesOfSpeakingSurnames(words, speechVerbs, w => !_names.IsStopWord(w) && _untitledNames.IsPersonLike(w));
        foreach (var candidate in asides.Concat(UntitledNames.AfterPersonVerbs(text, lexiconWords.PersonVerbs)).Concat(fullNames))
        {
            if (_names.CleanName(text, candidate, named) != candidate) continue;
            var value = text[candidate.Start..candidate.End];
            if (!_untitledNames.IsPersonLike(value) || OverlapsAnotherName(titledByStart, longestTitled, candidate)
                || describedOrganisations.Any(o => o.Span.Overlaps(candidate))) continue;
            yield return new EntityMention(candidate, MentionType.Person, value, Affiliation: Possessor(text, candidate, byEnd));
        }
        foreach (var (candidate, organisation) in ContactLines.Find(text, sorted))
        {
            if (_names.CleanName(text, candidate, named) != candidate) continue;
            var value = text[candidate.Start..candidate.End];
            if (_untitledNames.IsPersonLike(value) && !OverlapsAnotherName(titledByStart, longestTitled, candidate))
                yield return new EntityMention(candidate, MentionType.Person, value, Affiliation: organisation);
        }
    }

    /// <summary>Names without a title: after a known given name ("Donald X"), before "MP", and as subject or
    /// object of a reporting verb ("X Y said", "said X Y"). Lexicon words are found by trie, names by small anchored patterns.</summary>
    private IEnumerable<(Span Name, string? Role)> LooseNames(string text, PersonWords lexiconWords)
    {
        // First, so that "X MP" keeps its role where a given name finds the same name without one.
        if (text.Contains(" MP", StringComparison.Ordinal))
            foreach (var m in _memberOfParliament.Matches(text)) yield return (NameCleaner.SpanOf(m.Groups["name"]), "MP");
        foreach (var given in lexiconWords.GivenNames)
        {
            if (TextPatterns.FirstMatch(AfterGivenName, text.AsSpan(given.End, Math.Min(text.Length - given.End, 120))) is not { } rest) continue;
            var end = given.End + rest.Index + rest.Length;
            // A name does not run across a line break ("Donald" ending one line, a heading starting the next).
            if (text.AsSpan(given.Start, end - given.Start).IndexOf('\n') < 0) yield return (new Span(given.Start, end), null);
        }
        foreach (var (verb, at) in lexiconWords.ReportingVerbs)
        {
            var from = Math.Max(0, at.Start - 100);
            // Each match is the name and one space, after the name or before it.
            if (NameBeforeVerb(text, from, at.Start) is { } before) yield return (before, null);
            if (verb is "said" or "says" or "added" or "told"
                && TextPatterns.FirstMatch(NameAfterVerb, text.AsSpan(at.End, Math.Min(text.Length - at.End, 120))) is { } after)
                yield return (new Span(at.End + after.Index + 1, at.End + after.Index + after.Length), null);
        }
    }

    /// <summary>"said Deputy Regional Director X Y", "Under Secretary of State X": capitalised words followed by a title word and
    /// then a name or the title's complement open that title; they are no name of their own. A title after a name and before
    /// another title ("X Y MP Minister for ...") follows the name.</summary>
    private bool OpensTitle(string text, Span name)
    {
        var title = NextWord(text, name.End);
        if (title is not { } t || !_lexicon.Titles.Contains(text[t.Start..t.End])) return false;
        var next = NextWord(text, t.End);
        if (next is not { } n) return false;
        var word = text[n.Start..n.End];
        return word is "of" or "for" || char.IsUpper(word[0]) && !_lexicon.Titles.Contains(word);
    }

    /// <summary>The word (letters, hyphens, full stops) after the single space at <paramref name="end"/>, or null.</summary>
    private static Span? NextWord(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ') return null;
        var stop = end + 1;
        while (stop < text.Length && (char.IsLetter(text[stop]) || text[stop] is '-' or '.')) stop++;
        return stop > end + 1 ? new Span(end + 1, stop) : null;
    }

    /// <summary>True when one of <paramref name="names"/> (sorted by start, none longer than <paramref name="longest"/>)
    /// overlaps <paramref name="name"/> without being it; only the names that can reach it are read.</summary>
    private static bool OverlapsAnotherName(Span[] names, int longest, Span name)
    {
        int lo = 0, hi = names.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (names[mid].Start <= name.Start - longest) lo = mid + 1; else hi = mid;
        }
        for (var i = lo; i < names.Length && names[i].Start < name.End; i++)
            if (names[i].Overlaps(name) && names[i] != name) return true;
        return false;
    }

    /// <summary>Characters covered by a known name other than a demonym: a person's name stops there.</summary>
    private static bool[] NamedElsewhere(int length, IReadOnlyList<EntityMention> known)
    {
        var named = new bool[length];
        foreach (var mention in known)
            if (mention.Type != MentionType.Demonym) named.AsSpan(mention.Span.Start, mention.Span.Length).Fill(true);
        return named;
    }

    /// <summary>The name a title follows in apposition ("Al-Amin, also Minister of Works, said"), opening its clause; the title
    /// may open with the body it belongs to ("X, UNICEF Representative in Chad,").</summary>
    private Span? TitleApposition(string text, Span title, bool[] named, MentionsByEnd byEnd)
    {
        // A lower-case title after a comma is a role read with its complement by the apposition rule ("X, director of HelpNow").
        if (char.IsLower(text[title.Start])) return null;
        var from = Math.Max(0, title.Start - 80);
        var opened = byEnd.Last(title.Start - 1, title.Start - 1, g => g.Span.End == title.Start - 1 && text[g.Span.End] == ' ' && g.Type == MentionType.Organization)?.Span.Start ?? title.Start;
        var comma = -1;
        ReadOnlySpan<int> starts = [title.Start, opened];
        foreach (var opener in _appositionOpeners)
            foreach (var start in starts)
                if (start - opener.Length >= from && text.AsSpan(start - opener.Length, opener.Length).SequenceEqual(opener)) comma = start - opener.Length;
        if (comma < 0) return null;
        // The name opens its clause, or follows the reporting verb that cites it ("..., said X Y, UNICEF Representative in Chad").
        var span = _names.ClauseOpeningNameEndingAt(text, from, comma, named) ?? _names.CitedNameEndingAt(text, from, comma, named);
        if (span is null) return null;
        var value = text[span.Value.Start..span.Value.End];
        return _lexicon.ClauseOpeners.Contains(value) || _names.IsStopWord(value) ? null : span;
    }

    /// <summary>"Head of Peru’s Electoral Council", "Minister for Foreign Affairs of Chile": a state or body in an
    /// of/for complement is the holder's own ("Ambassador to Chile" names the host instead).</summary>
    private static string? ComplementOwner(string text, Group complement, EntityMention[] sorted)
    {
        if (!complement.Success || ServesAbroad(text, complement.Index)) return null;
        var words = complement.Value.TrimStart();
        if (!words.StartsWith("of ", StringComparison.Ordinal) && !words.StartsWith("for ", StringComparison.Ordinal)) return null;
        var span = new Span(complement.Index, complement.Index + complement.Length);
        var i = SortedMentions.FirstStartingAtOrAfter(sorted, span.Start);
        return i < sorted.Length && span.Contains(sorted[i].Span) && sorted[i].Type is MentionType.Country or MentionType.Organization or MentionType.Demonym
            ? sorted[i].Canonical : null;
    }

    /// <summary>"Ambassador to X", "special envoy for X": the complement of an envoy's title names where they serve.</summary>
    private static bool ServesAbroad(string text, int complementStart)
    {
        var titleEnd = complementStart;
        var word = StateSalience.PreviousWord(text, ref titleEnd);
        return word is "Ambassador" or "ambassador" or "Envoy" or "envoy" or "Representative" or "Coordinator" or "Commissioner";
    }

    /// <summary>The single capitalised, otherwise unknown word right before a corporate title ("Google CEO").</summary>
    private Span? CompanyBefore(string text, Span title, bool[] named)
    {
        if (!_lexicon.CorporateTitles.Contains(text[title.Start..title.End])) return null;
        var end = title.Start - 1;
        if (end < 1 || text[end] != ' ') return null;
        var start = end;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '&')) start--;
        var word = text[start..end];
        if (word.Length < 2 || !char.IsUpper(word[0]) || IsClauseStart(text, start) || _names.IsStopWord(word) || _lexicon.ClauseOpeners.Contains(word)
            || NameCleaner.Overlaps(new Span(start, end), named)) return null;
        return new Span(start, end);
    }

    /// <summary>The state or body a title belongs to: named just before it ("Ukraine’s Finance Minister",
    /// "UN Secretary-General") or earlier in the same clause ("a Peruvian team led by Trade Minister").</summary>
    private static string? TitleAffiliation(string text, Span title, MentionsByEnd gazetteer, bool[] named)
    {
        var titleStart = title.Start;
        // "UN Secretary-General", "U.N. Secretary General", "Ukraine’s Finance Minister": inside or right before the title.
        var adjacent = gazetteer.Last(titleStart - 3, title.End, g => title.Contains(g.Span)
            || (g.Span.End <= titleStart && titleStart - g.Span.End <= 3 && text.AsSpan(g.Span.End, titleStart - g.Span.End) is var gap && (gap is " " or "" || Possessive.IsGap(gap))));
        if (adjacent is not null) return adjacent.Canonical;
        var clauseStart = Math.Max(0, titleStart - 60);
        var stop = text.LastIndexOfAny(['.', '\n', '!', '?', ',', ';', '“', '"', '—', '–'], Math.Max(0, titleStart - 1), titleStart - clauseStart);
        if (stop >= clauseStart) clauseStart = stop + 1;
        // A spaced hyphen is a dash too ("LONDON (Wire) - Health Minister X": the credited agency is not the minister's).
        var dash = text.LastIndexOf(" - ", Math.Max(0, titleStart - 1), titleStart - clauseStart, StringComparison.Ordinal);
        if (dash >= clauseStart) clauseStart = dash + 3;
        // "Chilean Ambassador X and Secretary Y": the state before "and" belongs to the first title ("the US and
        // President X" joins the state itself, which stays in the clause).
        var and = text.LastIndexOf(" and ", Math.Max(0, titleStart - 1), titleStart - clauseStart, StringComparison.Ordinal);
        if (and > clauseStart && !named[and - 1]) clauseStart = and + 5;
        return gazetteer.Last(clauseStart, titleStart, g => g.Span.End <= titleStart && g.Span.Start >= clauseStart)?.Canonical;
    }

    /// <summary>True when a reporting verb ("said", "added") or "according to" comes right before the name at <paramref name="index"/>.</summary>
    internal static bool IsCited(string text, int index, IReadOnlyDictionary<string, bool> reportingVerbs)
    {
        var position = index;
        var word = StateSalience.PreviousWord(text, ref position);
        if (word == "to") return StateSalience.PreviousWord(text, ref position) is "according" or "According";
        return word is not null && char.IsLower(word[0]) && reportingVerbs.ContainsKey(word);
    }

    /// <summary>A name of two or three tokens right before a reporting verb at <paramref name="verb"/>, or closing a parenthetical
    /// before it ("..., Anna Berg, disclosed"): the name, then an optional comma and one whitespace character.</summary>
    private Span? NameBeforeVerb(string text, int from, int verb)
    {
        if (verb - 1 <= from || !char.IsWhiteSpace(text[verb - 1])) return null;
        var end = text[verb - 2] == ',' ? verb - 2 : verb - 1;
        end = BeforeTimeAdjunct(text, from, end);
        var start = NameBeforeEnd.AfterPossessor(text, NameBeforeEnd.NameTokens(text, from, end, minTokens: 2, maxTokens: 3), end);
        return start < 0 ? null : new Span(start, end);
    }

    /// <summary>"X Y on Tuesday said", "X Y yesterday told": where the name ends when a day adjunct (a weekday after "on",
    /// or a day word) stands between it and the verb; otherwise <paramref name="end"/>.</summary>
    private int BeforeTimeAdjunct(string text, int from, int end)
    {
        var wordStart = end;
        while (wordStart > from && char.IsLetter(text[wordStart - 1])) wordStart--;
        if (wordStart == end || wordStart - 1 <= from || text[wordStart - 1] != ' ') return end;
        if (!_timeAdjuncts.Contains(text.AsSpan(wordStart, end - wordStart))) return end;
        // A weekday needs its "on" ("on Tuesday"); a day word stands alone ("yesterday").
        if (!char.IsUpper(text[wordStart])) return wordStart - 1;
        var on = wordStart - 4;
        return on > from && text.AsSpan(on, 4).SequenceEqual(" on ") ? on : end;
    }

    /// <summary>"Biden-Harris", "Trumpism": the word runs on into another.</summary>
    private static bool JoinedToAnotherWord(string text, Span span) =>
        (span.End < text.Length && (char.IsLetterOrDigit(text[span.End]) || text[span.End] is '-' or '‑' or '\u2060'))
        || (span.Start > 0 && (char.IsLetterOrDigit(text[span.Start - 1]) || text[span.Start - 1] is '-' or '‑' or '\u2060'));

    /// <summary>True when the word at <paramref name="index"/> opens a sentence, a quotation or the text after a dateline's dash.</summary>
    internal static bool IsClauseStart(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i < 0 || text[i] is '\n' or '.' or ';' or '"' or '“' or '”' or '—' or '–'
            || (text[i] == '-' && i > 0 && text[i - 1] == ' ' && i + 1 < index);
    }

    /// <summary>"The agency may halve meals, its country director X said": the body "its" points back to is the nearest
    /// organisation named before the title, within the sentence before or this one.</summary>
    private static string? OwnerOfIts(string text, Span title, EntityMention[] sorted)
    {
        var at = title.Start;
        var word = StateSalience.PreviousWord(text, ref at);
        // "its country director": one lower-case word of the title's may stand between.
        if (word is not null && char.IsLower(word[0]) && word is not ("its" or "Its")) word = StateSalience.PreviousWord(text, ref at);
        if (word is not ("its" or "Its")) return null;
        return SortedMentions.OrganisationsBefore(sorted, at).FirstOrDefault(o => o.Span.End <= at)?.Canonical;
    }

    /// <summary>"ADB Country Director for Nepal X", "WFP Malawi Country Director X": a body named right before the title is the
    /// holder's own; a state between them, or after the title, only names the posting.</summary>
    private static string? BodyBeforeTitle(string text, Span title, MentionsByEnd gazetteer)
    {
        var end = title.Start - 1;
        if (end < 1 || text[end] != ' ') return null;
        if (gazetteer.Last(end, end, g => g.Span.End == end && g.Type == MentionType.Country) is { } posting)
        {
            end = posting.Span.Start - 1;
            if (end < 1 || text[end] != ' ') return null;
        }
        return gazetteer.Last(end, end, g => g.Span.End == end && g.Type == MentionType.Organization)?.Canonical;
    }

    /// <summary>"Somalia’s X Y": the state or body named right before a name, in the possessive, is its own.</summary>
    private static string? Possessor(string text, Span name, MentionsByEnd gazetteer) =>
        gazetteer.Last(name.Start - 3, name.Start - 2, g => g.Span.End <= name.Start - 2
            && Possessive.IsGap(text.AsSpan(g.Span.End, name.Start - g.Span.End))
            && g.Type is MentionType.Country or MentionType.Organization or MentionType.Seat)?.Canonical;

}
