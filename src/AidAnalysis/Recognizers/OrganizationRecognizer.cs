using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Finds organisations the gazetteer does not know: capitalised names built on an organisation
/// noun ("Lakeland Institute for Water Studies", "Foreign Ministry", "National Assembly"),
/// lower-case government bodies owned by a state ("Chile’s housing ministry"), and acronyms
/// defined in parentheses ("Coastal Recovery Authority (CRA)").
/// </summary>
public sealed partial class OrganizationRecognizer
{
    /// <summary>"companies like A, B and C": a plural class noun naming organisations, before a list of examples.</summary>
    [GeneratedRegex(@"\b(?:companies|firms|corporations|retailers|businesses|charities|organi[sz]ations|agencies|groups|banks|donors)\s(?:like|such\sas|including)\s$", TextPatterns.WindowOptions)]
    private static partial Regex OrganisationClass { get; }

    private readonly Lexicon _lexicon;
    private readonly NamesAfterOrganisationNouns _namesAfterNouns;
    private readonly LowerCaseBodies _lowerCaseBodies;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _heads;

    public OrganizationRecognizer(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _lowerCaseBodies = new LowerCaseBodies(lexicon.GovernmentBodyWords);
        _namesAfterNouns = new NamesAfterOrganisationNouns(lexicon);
        _heads = new HashSet<string>(lexicon.OrganizationHeads, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _places = new HashSet<string>(lexicon.Places, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _placeLengths = [.. lexicon.Places.Select(p => p.Length).Distinct().Order()];
    }

    /// <summary>The lexicon's places, and their lengths: whether a name ends with a place is one lookup per length.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _places;
    private readonly int[] _placeLengths;

    private bool EndsWithPlace(string name)
    {
        foreach (var length in _placeLengths)
        {
            if (length > name.Length) break;
            if (_places.Contains(name.AsSpan(name.Length - length))) return true;
        }
        return false;
    }

    public IEnumerable<EntityMention> Find(WordStarts words, IReadOnlyList<EntityMention> known)
    {
        var text = words.Text;
        var found = new List<EntityMention>();
        var knownByEnd = new MentionsByEnd(known);
        found.AddRange(NationalBranches.Find(text, _lexicon, known));
        foreach (var whole in CapitalisedRuns(text, _lexicon.NameConnectors))
        {
            // Most runs are sentence-initial words and personal names: only a run with an organisation noun is read further.
            if (!HasHead(text.AsSpan(whole.Index, whole.Length))) continue;
            // A name ends with its line: a title-case heading does not run into the next line's sentence.
            for (int lineStart = whole.Index, end = whole.Index + whole.Length; lineStart < end;)
            {
                var lineEnd = text.IndexOf('\n', lineStart, end - lineStart);
                if (lineEnd < 0) lineEnd = end;
                if (HasHead(text.AsSpan(lineStart, lineEnd - lineStart)) && Organization(text, lineStart, lineEnd - lineStart, knownByEnd) is { } organization)
                    found.Add(WithPost(text, organization, knownByEnd));
                lineStart = lineEnd + 1;
            }
        }
        // "the Syrian army", "Egypt's central bank" (lower-case head): a state's own army or bank ("military" is
        // mostly an adjective: "a Dutch military grant").
        foreach (var (owner, bodyEnd) in _lowerCaseBodies.StateForces(text))
        {
            var state = knownByEnd.First(owner.End, owner.End, k => k.Span.Start == owner.Start && k.Type is MentionType.Demonym or MentionType.Country);
            if (state is null) continue;
            var span = new Span(owner.Start, bodyEnd);
            found.Add(new EntityMention(span, MentionType.Organization, text[span.Start..span.End], Affiliation: state.Canonical));
        }
        foreach (var span in _lowerCaseBodies.OwnedBodies(text))
            found.Add(new EntityMention(span, MentionType.Organization, text[span.Start..span.End], Affiliation: Owner(span, knownByEnd)));
        // Each rule below reads the names known so far: the gazetteer's and those the rules before it found.
        List<EntityMention> KnownSoFar() => [.. known, .. found];
        found.AddRange(ListMembers(text, KnownSoFar()));
        // "Baltic Energy Fund (BEF) ... BEF said": the acronym, where defined and wherever it recurs.
        found.AddRange(_namesAfterNouns.Find(words, KnownSoFar()));
        found.AddRange(NamesBeforeTheirInitials(text, new MentionsByEnd(KnownSoFar()), _lexicon.NameConnectors));
        var organisationList = known.Where(k => k.Type == MentionType.Organization).Concat(found).ToList();
        found.AddRange(Initialisms(words, organisationList));
        var organisations = new MentionsByEnd(organisationList);
        var definitions = new List<((int Index, string Value) Acronym, EntityMention DefinedBy)>();
        foreach (var open in AcronymDefinitions(text))
            if (organisations.Last(open - 2, open, k => k.Span.End <= open && open - k.Span.End <= 2) is { } last)
            {
                // "UN Children's Fund (UNICEF)": the whole name defines the acronym, not a shorter body read inside it ("Fund").
                var definedBy = organisations.First(open - 2, open, k => k.Span.End == last.Span.End && k.Span.Start < last.Span.Start) ?? last;
                definitions.Add(((open + 1, text[(open + 1)..text.IndexOf(')', open)]), definedBy));
            }
        found.AddRange(AcronymUses(words, definitions));
        return found;
    }

    /// <summary>
    /// The runs of capitalised words, starting at a word boundary ("$30M Aid for ..." starts no name at "M"), in text order, joined
    /// by at most two <paramref name="connectors"/> in a row ("Institute for Water Studies"):
    /// what <c>\b NameToken (?:\s (?:(?:of|for|...)\s){0,2} NameToken)*</c> matches, read by hand in one pass,
    /// since the pattern is deterministic (each token and the loop are greedy, and a connector is never a name token)
    /// and the regular-expression engine spent most of this stage's time on it.
    /// </summary>
    internal static IEnumerable<(int Index, int Length)> CapitalisedRuns(string text, IReadOnlyList<string> connectors)
    {
        var at = 0;
        while (at < text.Length)
        {
            // A run can start only at an ASCII capital or a character beyond ASCII ('A' again names no further character).
            var offset = CapitalSearch.IndexOfCapitalOrNonAscii(text.AsSpan(at), 'A');
            if (offset < 0) yield break;
            var start = at + offset;
            var end = start > 0 && TextPatterns.IsBoundaryWordChar(text[start - 1]) ? -1 : TextPatterns.NameTokenEnd(text, start, text.Length);
            if (end < 0)
            {
                at = start + 1;
                continue;
            }
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                var next = end + 1;
                for (var joined = 0; joined < 2 && ConnectorEnd(text, next, connectors) is > 0 and var after; joined++) next = after;
                var tokenEnd = TextPatterns.NameTokenEnd(text, next, text.Length);
                if (tokenEnd < 0) break;
                end = tokenEnd;
            }
            yield return (start, end - start);
            at = end;
        }
    }

    /// <summary>Where a connector and the whitespace after it, starting at <paramref name="start"/>, end; -1 if none starts there.</summary>
    private static int ConnectorEnd(string text, int start, IReadOnlyList<string> connectors)
    {
        // Indexed: a foreach over the interface would allocate an enumerator at every capitalised word.
        for (var i = 0; i < connectors.Count; i++)
        {
            var connector = connectors[i];
            var end = start + connector.Length;
            if (end < text.Length && char.IsWhiteSpace(text[end]) && text.AsSpan(start).StartsWith(connector, StringComparison.Ordinal)) return end + 1;
        }
        return -1;
    }

    /// <summary>Where each acronym defined in parentheses opens ("(USAID)", "(UNHCR)"): letters only, two or more, a capital
    /// first and last (<c>\(\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}\p{Lu}*\)</c>), checked at each parenthesis instead of by a scan of the text.</summary>
    internal static IEnumerable<int> AcronymDefinitions(string text)
    {
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = open + 1;
            while (close < text.Length && (char.IsUpper(text[close]) || char.IsLower(text[close]))) close++;
            if (close < text.Length && text[close] == ')' && close - open > 2 && char.IsUpper(text[open + 1]) && char.IsUpper(text[close - 1]))
                yield return open;
        }
    }

    /// <summary>
    /// Each use of a defined acronym, read as the organisation that defined it. A definition stands for
    /// the uses from it on; where an acronym is defined again, a use is decided by its first definition
    /// (which takes the span) and by the latest one before it (the last in list order for lookups of
    /// nearby names), so only those two readings are listed, in the order of their definitions: a
    /// megabyte of repeated definitions costs linear time, not one pass over the text per definition; the uses of
    /// all acronyms are found in one walk over the words.
    /// </summary>
    private static IEnumerable<EntityMention> AcronymUses(WordStarts words, List<((int Index, string Value) Acronym, EntityMention DefinedBy)> definitions)
    {
        var text = words.Text;
        var uses = new WordOccurrences(words, definitions.Select(d => d.Acronym.Value));
        var redefinedAt = new int[definitions.Count];
        var nextDefinition = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = definitions.Count - 1; d >= 0; d--)
        {
            var acronym = definitions[d].Acronym;
            redefinedAt[d] = nextDefinition.TryGetValue(acronym.Value, out var next) ? next : text.Length;
            nextDefinition[acronym.Value] = acronym.Index;
        }
        var defined = new HashSet<string>(StringComparer.Ordinal);
        for (var d = 0; d < definitions.Count; d++)
        {
            var (acronym, definedBy) = definitions[d];
            var end = defined.Add(acronym.Value) ? text.Length : redefinedAt[d];
            var positions = uses.Of(acronym.Value);
            for (var i = FirstAtOrAfter(positions, acronym.Index); i < positions.Count && positions[i] < end; i++)
                yield return definedBy with { Span = new Span(positions[i], positions[i] + acronym.Value.Length) };
        }
    }

    /// <summary>"Lakeland Relief Foundation ... LRF said": an organisation's initials used as its name, defined or not.
    /// The initials of all organisations are looked for in one walk over the words.</summary>
    private static List<EntityMention> Initialisms(WordStarts words, List<EntityMention> organisations)
    {
        var named = new List<(EntityMention Organisation, string Initials)>();
        foreach (var organisation in organisations.DistinctBy(o => o.Canonical))
        {
            var capitalised = organisation.Canonical.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).ToArray();
            if (capitalised.Length >= 3) named.Add((organisation, string.Concat(capitalised.Select(w => w[0]))));
        }
        var occurrences = new WordOccurrences(words, named.Select(n => n.Initials));
        var found = new List<EntityMention>();
        foreach (var (organisation, initials) in named)
            foreach (var at in occurrences.Of(initials))
                found.Add(organisation with { Span = new Span(at, at + initials.Length) });
        return found;
    }

    /// <summary>"Humanitarian Aid Relief Trust (HART)": an unknown capitalised name right before an acronym made of its
    /// initials is an organisation (people and places are not given acronyms in running text).</summary>
    private static List<EntityMention> NamesBeforeTheirInitials(string text, MentionsByEnd byEnd, IReadOnlyList<string> connectors)
    {
        var found = new List<EntityMention>();
        foreach (var open in AcronymDefinitions(text))
        {
            var nameEnd = open - 1;
            if (nameEnd < 1 || text[nameEnd] != ' ' || byEnd.First(nameEnd - 1, nameEnd, k => true) is not null) continue;
            var acronym = text.AsSpan(open + 1, text.IndexOf(')', open) - open - 1);
            if (NameWithInitials(text, nameEnd, acronym, connectors) is not { } start) continue;
            var span = new Span(start, nameEnd);
            if (byEnd.First(span.Start, span.End, k => k.Span.Overlaps(span)) is not null) continue;
            found.Add(new EntityMention(span, MentionType.Organization, text[start..nameEnd], Affiliation: Owner(span, byEnd)));
        }
        return found;
    }

    /// <summary>Where the name ending at <paramref name="end"/> starts whose capitalised words' initials spell <paramref name="acronym"/>
    /// (connectors such as "of" and "and" may stand between them); null if none.</summary>
    private static int? NameWithInitials(string text, int end, ReadOnlySpan<char> acronym, IReadOnlyList<string> connectors)
    {
        var letter = acronym.Length - 1;
        var at = end;
        while (letter >= 0 && at > 0)
        {
            var wordStart = at;
            while (wordStart > 0 && text[wordStart - 1] != ' ' && text[wordStart - 1] != '\n') wordStart--;
            if (wordStart == at) return null;
            var first = text[wordStart];
            if (char.IsUpper(first))
            {
                if (first != acronym[letter]) return null;
                if (letter-- == 0) return acronym.Length >= 2 ? wordStart : null;
            }
            else if (!connectors.Contains(text[wordStart..at])) return null;
            if (wordStart < 2 || text[wordStart - 1] != ' ') return null;
            at = wordStart - 1;
        }
        return null;
    }

    private static int FirstAtOrAfter(IReadOnlyList<int> sorted, int position)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private EntityMention? Organization(string text, int runStart, int runLength, MentionsByEnd known)
    {
        var span = OrganizationWithin(text, runStart, runLength);
        if (span is null) return null;
        var name = text[span.Value.Start..span.Value.End];
        if (EndsWithPlace(name)) return null;
        // "UNICEF and the World Bank" is two known organisations, not one; a name the gazetteer knows keeps its reading.
        if (known.First(span.Value.Start, span.Value.End, k => k.Type == MentionType.Organization && span.Value.Contains(k.Span)) is not null) return null;
        return new EntityMention(span.Value, MentionType.Organization, name, Affiliation: Owner(span.Value, known));
    }

    /// <summary>"the French Embassy in Lisbon": a mission's name runs on to the seat of government it is posted to.</summary>
    private static EntityMention WithPost(string text, EntityMention organization, MentionsByEnd known)
    {
        var end = organization.Span.End;
        if (!organization.Canonical.EndsWith(" Embassy", StringComparison.Ordinal) || !text.AsSpan(end).StartsWith(" in ", StringComparison.Ordinal)) return organization;
        var seat = known.First(end + 4, Math.Min(text.Length, end + 40), k => k.Span.Start == end + 4 && k.Type is MentionType.Seat);
        if (seat is null) return organization;
        var span = new Span(organization.Span.Start, seat.Span.End);
        return organization with { Span = span, Canonical = text[span.Start..span.End] };
    }

    /// <summary>Unknown names in a list that holds an organisation ("UNICEF, Norvale and the Red Cross pledged"), or that
    /// follows "companies like": the members of one list are the same kind of actor.</summary>
    private List<EntityMention> ListMembers(string text, IReadOnlyList<EntityMention> known)
    {
        var found = new List<EntityMention>();
        // Where a known mention stands, and where the first known mention over a character is an organisation.
        var covered = new CoveredPositions(text.Length);
        var organisationFirst = new CoveredPositions(text.Length);
        foreach (var k in known)
        {
            if (k.Type == MentionType.Organization) organisationFirst.CoverWhereNot(covered, k.Span.Start, k.Span.Length);
            covered.Cover(k.Span.Start, k.Span.Length);
        }
        // "A, B, C and D": two or more capitalised names joined by commas and a final "and"/"or".
        foreach (var list in CoordinatedNames.Find(text))
        {
            var members = Members(text, list.Index, list.Length);
            var before = text.AsSpan(Math.Max(0, list.Index - 40), Math.Min(40, list.Index));
            var ofOrganisations = OrganisationClass.IsMatch(before)
                || members.Any(m => organisationFirst.AnyIn(m.Start, 1));
            if (!ofOrganisations) continue;
            foreach (var member in members)
            {
                var name = text[member.Start..member.End];
                if (covered.AnyIn(member.Start, member.Length)) continue;
                if (_lexicon.ClauseOpeners.Contains(name.Split(' ')[0]) || _lexicon.GivenNames.Contains(name.Split(' ')[0]) || _lexicon.Titles.Contains(name)) continue;
                found.Add(new EntityMention(member, MentionType.Organization, name));
            }
        }
        return found;
    }

    /// <summary>The names of a coordinated list, without "the", "and" and "or".</summary>
    private static List<Span> Members(string text, int start, int length)
    {
        var members = new List<Span>();
        var end = start + length;
        var at = start;
        while (at < end)
        {
            var next = text.IndexOf(", ", at, end - at, StringComparison.Ordinal);
            var stop = next < 0 ? end : next;
            var piece = text[at..stop];
            foreach (var joiner in new[] { " and ", " or " })
            {
                var j = piece.IndexOf(joiner, StringComparison.Ordinal);
                if (j < 0) continue;
                if (j > 0) members.Add(Trimmed(at, piece[..j]));
                at += j + joiner.Length;
                piece = piece[(j + joiner.Length)..];
            }
            if (piece.StartsWith("and ", StringComparison.Ordinal) || piece.StartsWith("or ", StringComparison.Ordinal))
            {
                var skip = piece.IndexOf(' ') + 1;
                at += skip;
                piece = piece[skip..];
            }
            members.Add(Trimmed(at, piece));
            at = stop + 2;
        }
        return members;
    }

    private static Span Trimmed(int at, string piece) =>
        piece.StartsWith("the ", StringComparison.Ordinal) ? new Span(at + 4, at + piece.Length) : new Span(at, at + piece.Length);

    /// <summary>The organisation name inside a capitalised run: from its start to its organisation
    /// noun, plus an "of/for ..." complement. Titles and given names end the run.</summary>
    private Span? OrganizationWithin(string text, int runStart, int runLength)
    {
        var tokens = TextPatterns.Tokens(text.Substring(runStart, runLength));
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].Value == "the") start = i + 1;
        while (start < tokens.Count && (tokens[start].Value is "The" or "A" or "An" || _lexicon.ClauseOpeners.Contains(tokens[start].Value))) start++;
        // "Chile’s National Congress": the possessor owns the organisation and is not part of its name.
        for (var i = tokens.Count - 2; i >= start; i--)
            if (Possessive.Ends(tokens[i].Value)) { start = i + 1; break; }
        var headIndex = -1;
        // "King Salman Humanitarian Aid and Relief Centre": a body named after a titled person opens with the title and the name.
        var namedAfterTitle = NamedAfterTitledPerson(tokens, start);
        for (var i = start; i < tokens.Count; i++)
        {
            var word = tokens[i].Value;
            if (i < namedAfterTitle) continue;
            if (_lexicon.Titles.Contains(word) || _lexicon.GivenNames.Contains(word)) break;
            // "Emergency Relief Coordinator": a portfolio word before a title qualifies the title, not a body.
            if (_lexicon.OrganizationHeads.Contains(word) && !(_lexicon.OfficeWords.Contains(word) && i + 1 < tokens.Count
                    && (_lexicon.Titles.Contains(tokens[i + 1].Value) || _lexicon.PersonRoles.Contains(tokens[i + 1].Value))))
                headIndex = i;
        }
        if (headIndex < start) return null;
        var end = headIndex;
        // "Institute for Water Studies": keep a capitalised complement after the noun.
        // "Department of the Treasury": the complement may start with "the".
        var article = end + 3 < tokens.Count && tokens[end + 2].Value == "the" ? 1 : 0;
        if (end + 2 + article < tokens.Count && tokens[end + 1].Value is "for" or "of" or "on" && char.IsUpper(tokens[end + 2 + article].Value[0]))
        {
            end += 2;
            while (end + 1 < tokens.Count && (char.IsUpper(tokens[end + 1].Value[0]) || tokens[end + 1].Value is "and" or "of" or "the" or "for")
                && !_lexicon.Titles.Contains(tokens[end + 1].Value))
                end++;
            while (!char.IsUpper(tokens[end].Value[0])) end--;
        }
        if (end == start && tokens[start].Value is "Government" or "Army" or "Forces" or "Group" or "Union" or "Court" or "Service" or "Office"
            or "Relief" or "Services" or "Corps" or "Crescent" or "Force" or "Guard") return null;
        return new Span(runStart + tokens[start].Index, runStart + tokens[end].Index + tokens[end].Value.Length);
    }

    /// <summary>Where the words after an opening title and the person's name ("King Salman", "Queen Rania") start, when an
    /// organisation noun follows them three words or more after the title; <paramref name="start"/> when the run opens otherwise.</summary>
    private int NamedAfterTitledPerson(List<(int Index, string Value)> tokens, int start)
    {
        if (start + 2 >= tokens.Count || !_lexicon.Titles.Contains(tokens[start].Value) || !char.IsUpper(tokens[start + 1].Value[0])
            || _lexicon.Titles.Contains(tokens[start + 1].Value) || _lexicon.OfficeWords.Contains(tokens[start + 1].Value)) return start;
        for (var i = start + 2; i < tokens.Count; i++)
        {
            if (_lexicon.Titles.Contains(tokens[i].Value)) return start;
            // "President X Administration" is that president's government; a body named after a person has more words.
            if (_lexicon.OrganizationHeads.Contains(tokens[i].Value)) return i >= start + 3 ? start + 2 : start;
        }
        return start;
    }

    private bool HasHead(ReadOnlySpan<char> run)
    {
        for (var i = 0; i < run.Length;)
        {
            var end = i;
            while (end < run.Length && !char.IsWhiteSpace(run[end])) end++;
            if (end > i && _heads.Contains(run[i..end])) return true;
            i = end + 1;
        }
        return false;
    }

    /// <summary>The state or body an organisation belongs to: a country named inside it or just before it.</summary>
    private static string? Owner(Span span, MentionsByEnd known)
    {
        var inside = known.First(span.Start, span.End, k => span.Contains(k.Span) && k.Type is MentionType.Country or MentionType.Demonym or MentionType.Seat);
        if (inside is not null) return inside.Canonical;
        var before = known.Last(span.Start - 5, span.Start, k => k.Span.End <= span.Start && span.Start - k.Span.End <= 5
            && k.Type is MentionType.Country or MentionType.Demonym or MentionType.Organization);
        return before?.Canonical;
    }
}
