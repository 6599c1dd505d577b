using System.Text.RegularExpressions;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;

namespace AidAnalysis.Recognizers;

/// <summary>Finds gazetteer names (countries, seats of government, demonyms, organisations) as whole words.</summary>
public sealed class GazetteerMatcher
{
    private readonly Regex _pattern;
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
                _forms.TryAdd(demonym, (MentionType.Demonym, country.Name, null));
        }
        _pattern = TextPatterns.Create(TextPatterns.Alternation(_forms.Keys));
    }

    public IEnumerable<EntityMention> Find(string text)
    {
        var position = 0;
        while (position < text.Length)
        {
            var match = _pattern.Match(text, position);
            if (!match.Success) yield break;
            if (TextPatterns.IsWholeWord(text, match.Index, match.Index + match.Length))
            {
                var (type, canonical, affiliation) = _forms[match.Value];
                yield return new EntityMention(new Span(match.Index, match.Index + match.Length), type, canonical, Affiliation: affiliation);
                position = match.Index + match.Length;
            }
            else
            {
                position = match.Index + 1;
            }
        }
    }

    /// <summary>The organisation type recorded in the gazetteer ("group", "news", ...), if any.</summary>
    public static string? OrganizationType(Lexicon lexicon, string canonical) =>
        lexicon.Organizations.FirstOrDefault(o => o.Name == canonical)?.Type;
}
