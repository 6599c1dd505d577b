using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.Organizations;

/// <summary>Capitalised names built on an organisation noun ("Lakeland Institute for Water Studies", "Foreign Ministry",
/// "National Assembly"), read inside runs of capitalised words that hold such a noun.</summary>
internal sealed class CapitalisedOrganisationNames
{
    private readonly Lexicon _lexicon;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _heads;

    public CapitalisedOrganisationNames(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _heads = TextPatterns.SpanLookup(lexicon.OrganizationHeads);
        _places = TextPatterns.SpanLookup(lexicon.Places);
        _placeLengths = [.. lexicon.Places.Select(p => p.Length).Distinct().Order()];
    }

    public IEnumerable<EntityMention> Find(TokenLayer tokens, MentionsByEnd knownByEnd)
    {
        var text = tokens.Text;
        foreach (var whole in CapitalisedRuns.Find(tokens, _lexicon.NameConnectors))
        {
            // Most runs are sentence-initial words and personal names: only a run with an organisation noun is read further.
            if (!HasHead(text.AsSpan(whole.Index, whole.Length))) continue;
            // A name ends with its line: a title-case heading does not run into the next line's sentence.
            for (int lineStart = whole.Index, end = whole.Index + whole.Length; lineStart < end;)
            {
                var lineEnd = text.IndexOf('\n', lineStart, end - lineStart);
                if (lineEnd < 0) lineEnd = end;
                if (HasHead(text.AsSpan(lineStart, lineEnd - lineStart)) && Organization(text, lineStart, lineEnd - lineStart, knownByEnd) is { } organization)
                    yield return EmbassyPosts.WithPost(text, organization, knownByEnd);
                lineStart = lineEnd + 1;
            }
        }
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

    private EntityMention? Organization(string text, int runStart, int runLength, MentionsByEnd known)
    {
        var span = OrganizationWithin(text, runStart, runLength);
        if (span is null) return null;
        var name = text[span.Value.Start..span.Value.End];
        if (EndsWithPlace(name)) return null;
        // "UNICEF and the World Bank" is two known organisations, not one; a name the gazetteer knows keeps its reading.
        if (known.First(span.Value.Start, span.Value.End, k => k.Type == MentionType.Organization && span.Value.Contains(k.Span)) is not null) return null;
        return new EntityMention(span.Value, MentionType.Organization, name, Affiliation: OrganisationOwner.Of(span.Value, known));
    }

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
}
