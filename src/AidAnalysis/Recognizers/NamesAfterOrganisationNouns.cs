using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;

namespace AidAnalysis.Recognizers;

/// <summary>"the relief charity HelpNow", "aid group Medair", "the regional bloc IGAD": an unknown capitalised name right after a
/// lower-case organisation noun is that organisation, wherever it recurs.</summary>
internal sealed class NamesAfterOrganisationNouns(Lexicon lexicon)
{
    private const int LongestName = 4;

    private readonly LiteralTrie<string> _nouns = new(lexicon.OrganizationNouns.Select(n => (n, n)), ignoreCase: false);

    public List<EntityMention> Find(WordStarts words, IReadOnlyList<EntityMention> known)
    {
        var text = words.Text;
        var covered = new CoveredPositions(text.Length);
        foreach (var k in known) covered.Cover(k.Span.Start, k.Span.Length);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, noun) in _nouns.Find(words, new Span(0, text.Length)))
            if (NameAfter(text, noun.End) is { } name && !covered.AnyIn(name.Start, name.Length))
                names.Add(text[name.Start..name.End]);
        var found = new List<EntityMention>();
        if (names.Count == 0) return found;
        var occurrences = new WordOccurrences(words, names);
        foreach (var name in names)
            foreach (var at in occurrences.Of(name))
                if (!covered.AnyIn(at, name.Length))
                    found.Add(new EntityMention(new Span(at, at + name.Length), MentionType.Organization, name));
        return found;
    }

    /// <summary>The capitalised words after the noun ending at <paramref name="end"/>, up to a word that names a person, title,
    /// state or date instead; null if none.</summary>
    private Span? NameAfter(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ') return null;
        var start = end + 1;
        var nameEnd = -1;
        var at = start;
        for (var tokens = 0; tokens < LongestName; tokens++)
        {
            var tokenEnd = TextPatterns.NameTokenEnd(text, at, text.Length);
            if (tokenEnd < 0) break;
            var token = text[at..tokenEnd];
            if (Possessive.Ends(token)) token = token[..^2];
            if (IsOtherWord(token)) break;
            nameEnd = at + token.Length;
            if (token.Length != tokenEnd - at || tokenEnd + 1 >= text.Length || text[tokenEnd] != ' ') break;
            at = tokenEnd + 1;
        }
        return nameEnd > start ? new Span(start, nameEnd) : null;
    }

    private bool IsOtherWord(string token) =>
        lexicon.Titles.Contains(token) || lexicon.GivenNames.Contains(token) || lexicon.ClauseOpeners.Contains(token)
        || lexicon.CountryByForm.ContainsKey(token) || lexicon.CountryByDemonym.ContainsKey(token) || lexicon.OfficeWords.Contains(token)
        || token is "The" or "A" or "An";
}
