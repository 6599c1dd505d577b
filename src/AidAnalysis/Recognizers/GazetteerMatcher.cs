using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers;

/// <summary>Finds gazetteer names (countries, seats of government, demonyms, organisations) as whole words.</summary>
public sealed class GazetteerMatcher
{
    private readonly LiteralTrie<string> _trie;
    private readonly Dictionary<string, (MentionType Type, string Canonical, string? Affiliation)> _forms = new(StringComparer.Ordinal);

    public GazetteerMatcher(Lexicon lexicon)
    {
        foreach (var org in lexicon.Organizations)
            foreach (var form in org.Aliases.Prepend(org.Name))
                _forms.TryAdd(form, (MentionType.Organization, org.Name, org.Affiliation));
        foreach (var country in lexicon.Countries)
        {
            foreach (var form in country.Aliases.Prepend(country.Name))
                _forms.TryAdd(form, (MentionType.Country, country.Name, null));
            foreach (var seat in country.Seats)
                _forms.TryAdd(seat, (MentionType.Seat, country.Name, null));
            foreach (var demonym in country.Demonyms)
            {
                _forms.TryAdd(demonym, (MentionType.Demonym, country.Name, null));
                // The people: "Syrians", "Ukrainians", "Yemenis".
                if (demonym.EndsWith('n') || demonym.EndsWith('i')) _forms.TryAdd(demonym + "s", (MentionType.Demonym, country.Name, null));
            }
        }
        _trie = new LiteralTrie<string>(_forms.Keys.Select(k => (k, k)), ignoreCase: false);
    }

    public IEnumerable<EntityMention> Find(string text)
    {
        foreach (var (form, span) in _trie.Find(text, new Span(0, text.Length)))
        {
            var (type, canonical, affiliation) = _forms[form];
            yield return new EntityMention(span, type, canonical, Affiliation: affiliation);
        }
    }

    /// <summary>The organisation type recorded in the gazetteer ("group", "news", ...), if any.</summary>
    public static string? OrganizationType(Lexicon lexicon, string canonical) =>
        lexicon.Organizations.FirstOrDefault(o => o.Name == canonical)?.Type;
}
