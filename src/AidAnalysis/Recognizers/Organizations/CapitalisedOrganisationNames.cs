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
    private readonly WordSet _heads;

    public CapitalisedOrganisationNames(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _heads = TextPatterns.SpanWordSet(lexicon.OrganizationHeads);
        _places = TextPatterns.SpanLookup(lexicon.Places);
        _placeLengths = [.. lexicon.Places.Select(p => p.Length).Distinct().Order()];
        _timeNames = new WordSet([.. lexicon.Months.Entries.Select(m => m.Name), .. lexicon.TimeExpressionWords.GetValueOrDefault("weekday", [])], caseSensitive: true);
    }

    /// <summary>The weekdays and full month names (months.tsv, time-expression-words.tsv weekday), as written: a connector before
    /// one ends a name ("the Relief Office on Tuesday").</summary>
    private readonly WordSet _timeNames;

    public IEnumerable<EntityMention> Find(TokenLayer tokens, MentionsByEnd knownByEnd)
    {
        foreach (var (first, end) in CapitalisedRuns.Find(tokens, _lexicon.NameConnectors, _timeNames))
        {
            // Most runs are sentence-initial words and personal names: only a run with an organisation noun is read further.
            if (!HasHead(tokens, first, end)) continue;
            // A name ends with its line: a title-case heading does not run into the next line's sentence.
            for (int lineStart = first, lineEnd; lineStart < end; lineStart = lineEnd)
            {
                lineEnd = lineStart + 1;
                while (lineEnd < end && !tokens.BreaksLineBefore(lineEnd)) lineEnd++;
                if (HasHead(tokens, lineStart, lineEnd) && Organization(tokens, lineStart, lineEnd, knownByEnd) is (var organization, var last))
                    yield return EmbassyPosts.WithPost(tokens, organization, last, knownByEnd);
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

    /// <summary>The organisation named in the run of tokens [<paramref name="first"/>, <paramref name="end"/>), and its last token.</summary>
    private (EntityMention Organization, int Last)? Organization(TokenLayer tokens, int first, int end, MentionsByEnd known)
    {
        if (OrganizationWithin(Words(tokens, first, end)) is not (var span, var last)) return null;
        var name = tokens.Text[span.Start..span.End];
        if (EndsWithPlace(name)) return null;
        // "UNICEF and the World Bank" is two known organisations, not one; a name the gazetteer knows keeps its reading.
        if (known.First(span.Start, span.End, k => k.Type == MentionType.Organization && span.Contains(k.Span)) is not null) return null;
        return (new EntityMention(span, MentionType.Organization, name, Affiliation: OrganisationOwner.Of(span, known)), last);
    }

    /// <summary>The words of the run of tokens [<paramref name="first"/>, <paramref name="end"/>): the tokens written together between
    /// its whitespace, each with where it starts, its characters and its last token.</summary>
    private static List<(int Index, string Value, int Last)> Words(TokenLayer tokens, int first, int end)
    {
        var words = new List<(int Index, string Value, int Last)>();
        for (var i = first; i < end;)
        {
            var last = tokens.WrittenTogetherUntil(i, end);
            words.Add((tokens[i].Start, tokens.Text[tokens[i].Start..tokens[last].End], last));
            i = last + 1;
        }
        return words;
    }

    /// <summary>The organisation name inside a capitalised run: from its start to its organisation
    /// noun, plus an "of/for ..." complement, and its last token. Titles and given names end the run.</summary>
    private (Span Span, int Last)? OrganizationWithin(List<(int Index, string Value, int Last)> tokens)
    {
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
        if (end == start && _lexicon.BareOrganizationHeads.Contains(tokens[start].Value)) return null;
        return (new Span(tokens[start].Index, tokens[end].Index + tokens[end].Value.Length), tokens[end].Last);
    }

    /// <summary>Where the words after an opening title and the person's name ("King Salman", "Queen Rania") start, when an
    /// organisation noun follows them three words or more after the title; <paramref name="start"/> when the run opens otherwise.</summary>
    private int NamedAfterTitledPerson(List<(int Index, string Value, int Last)> tokens, int start)
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

    /// <summary>Whether a word of the run of tokens [<paramref name="first"/>, <paramref name="end"/>) is an organisation noun.</summary>
    private bool HasHead(TokenLayer tokens, int first, int end)
    {
        for (var i = first; i < end;)
        {
            var last = tokens.WrittenTogetherUntil(i, end);
            // A word of one token is looked up by its number.
            if (last == i ? _heads.Contains(tokens, i) : _heads.Contains(tokens.Text.AsSpan(tokens[i].Start, tokens[last].End - tokens[i].Start)))
                return true;
            i = last + 1;
        }
        return false;
    }
}
