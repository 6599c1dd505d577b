using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;

namespace AidAnalysis.Recognizers;

/// <summary>Finds gazetteer names (countries, seats of government, demonyms, organisations) as whole words.</summary>
public sealed class GazetteerMatcher
{
    private readonly LiteralTrie<(MentionType Type, string Canonical, string? Affiliation)> _trie;

    public GazetteerMatcher(Lexicon lexicon)
    {
        // First entry wins: an organisation's alias is not re-read as a country's.
        var forms = new Dictionary<string, (MentionType Type, string Canonical, string? Affiliation)>(StringComparer.Ordinal);
        foreach (var org in lexicon.Organizations)
            foreach (var form in org.Aliases.Prepend(org.Name))
                forms.TryAdd(form, (MentionType.Organization, org.Name, org.Affiliation));
        // "U.N. Development Programme": news style writes a name's opening initialism with full stops.
        foreach (var org in lexicon.Organizations)
            foreach (var form in org.Aliases.Prepend(org.Name))
                if (WithDottedInitialism(form) is { } dotted)
                    forms.TryAdd(dotted, (MentionType.Organization, org.Name, org.Affiliation));
        foreach (var country in lexicon.Countries)
        {
            foreach (var form in country.Aliases.Prepend(country.Name))
                forms.TryAdd(form, (MentionType.Country, country.Name, null));
            foreach (var seat in country.Seats)
                forms.TryAdd(seat, (MentionType.Seat, country.Name, null));
            foreach (var demonym in country.Demonyms)
            {
                forms.TryAdd(demonym, (MentionType.Demonym, country.Name, null));
                // The people: "Syrians", "Ukrainians", "Yemenis".
                if (demonym.EndsWith('n') || demonym.EndsWith('i')) forms.TryAdd(demonym + "s", (MentionType.Demonym, country.Name, null));
            }
        }
        _trie = new(forms.Select(f => (f.Key, f.Value)), ignoreCase: false);
    }

    /// <summary>The names in text order, in a list of their own.</summary>
    public List<EntityMention> Find(WordStarts words)
    {
        // Made into mentions as they are found: no list of the trie's pairs in between.
        var found = new List<EntityMention>();
        _trie.FindInto(words, new Span(0, words.Text.Length), found,
            static (entry, span) => new EntityMention(span, entry.Type, entry.Canonical, Affiliation: entry.Affiliation));
        return found;
    }

    /// <summary>"U.N. Children's Fund" for "UN Children's Fund": the form with its opening initialism of two or three capitals
    /// dotted, or null when it opens otherwise.</summary>
    private static string? WithDottedInitialism(string form)
    {
        var capitals = 0;
        while (capitals < form.Length && form[capitals] is >= 'A' and <= 'Z') capitals++;
        if (capitals is not (2 or 3) || capitals == form.Length || form[capitals] != ' ') return null;
        return string.Concat(form[..capitals].Select(c => c + ".")) + form[capitals..];
    }

    /// <summary>The organisation type recorded in the gazetteer ("group", "news", ...), if any.</summary>
    public static string? OrganizationType(Lexicon lexicon, string canonical) =>
        lexicon.OrganizationByName.GetValueOrDefault(canonical)?.Type;
}
