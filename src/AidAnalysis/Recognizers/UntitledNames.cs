using AidAnalysis.Lexicons;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Whether a name read from where it stands in the clause, whatever its given name (Recognizers/People: names before an aside,
/// before their organisation, after a verb that takes a person, speaking surnames), reads as a person's.
/// </summary>
internal sealed class UntitledNames(Lexicon lexicon)
{
    /// <summary>Countries' forms, demonyms and places: a name that is one, or holds one as a word, is no person's.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _placeWords =
        TextPatterns.SpanLookup(lexicon.CountryByForm.Keys, lexicon.CountryByDemonym.Keys, lexicon.Places);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _clauseOpeners = TextPatterns.SpanLookup(lexicon.ClauseOpeners);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _organizationNouns = TextPatterns.SpanLookup(lexicon.OrganizationNouns);

    /// <summary>True when no word of the name is a country, demonym, place, month or weekday, or an acronym: those
    /// words make a capitalised run a place, a people or an organisation ("met Syrian Kurds", "met in March").</summary>
    public bool IsPersonLike(ReadOnlySpan<char> name)
    {
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (_placeWords.Contains(word) || _clauseOpeners.Contains(word) || IsOrganizationNoun(word) || IsAllCapitals(word))
                return false;
        }
        return !_placeWords.Contains(name);
    }

    /// <summary>Whether the word, in lower case, is an organisation noun ("Ministry").</summary>
    private bool IsOrganizationNoun(ReadOnlySpan<char> word)
    {
        // Words are short: lower-cased on the stack, a long one on the heap.
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return _organizationNouns.Contains(lower);
    }

    /// <summary>No letter of the word is lower case ("UNICEF", "UN", and the empty word).</summary>
    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }
}
