using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Text;

namespace AidAnalysis.Recognizers.People;

/// <summary>The lexicon words the person rules start from, found in one walk of the word starts.</summary>
/// <param name="Titles">"Defence Minister", "spokesperson".</param>
/// <param name="GivenNames">"Donald".</param>
/// <param name="ReportingVerbs">"said", "told", with the lexicon's form (forms longer than three letters).</param>
/// <param name="HolderSurnames">Surnames that alone name one well-known office holder ("Putin").</param>
/// <param name="PersonVerbs">Verbs that take a person ("met", "thanked").</param>
internal sealed record PersonWords(List<Span> Titles, List<Span> GivenNames, List<(string Value, Span Span)> ReportingVerbs,
    List<Span> HolderSurnames, List<Span> PersonVerbs);

/// <summary>
/// Finds <see cref="PersonWords"/> with one trie of all five lists: at each word start the walk reports every phrase that
/// ends there, and each list keeps its longest, skipping starts inside its own last match, just as a trie of its own would.
/// </summary>
internal sealed class PersonWordFinder
{
    private const int Kinds = 5;
    private const int Title = 0, GivenName = 1, ReportingVerb = 2, HolderSurname = 3, PersonVerb = 4;

    /// <summary>One phrase of the merged lists: the lists it belongs to (bit k for list k), and the reporting verb's form.</summary>
    private sealed class Entry
    {
        public int Lists;
        public string? Verb;
    }

    private readonly LiteralTrie<Entry> _trie;

    public PersonWordFinder(Lexicon lexicon)
    {
        // As in a trie of each list, a typographic apostrophe stands for a straight one, and the first phrase of a list wins.
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        void Add(IEnumerable<string> phrases, int list)
        {
            foreach (var phrase in phrases)
            {
                if (phrase.Length == 0) continue;
                var key = phrase.Replace('\u2019', '\'');
                if (!entries.TryGetValue(key, out var entry)) entries[key] = entry = new Entry();
                if (list == ReportingVerb && (entry.Lists & 1 << ReportingVerb) == 0) entry.Verb = phrase;
                entry.Lists |= 1 << list;
            }
        }
        Add(lexicon.Titles, Title);
        Add(lexicon.GivenNames, GivenName);
        Add(lexicon.ReportingVerbs.Keys.Where(v => v.Length > 3), ReportingVerb);
        // A surname names its holder alone only when every holder of it is known by it alone, all of one affiliation.
        Add(lexicon.OfficeHolders.GroupBy(h => h.Surname, StringComparer.Ordinal)
            .Where(g => g.All(h => h.SurnameAlone) && g.Select(h => h.Affiliation).Distinct().Count() == 1)
            .Select(g => g.Key), HolderSurname);
        Add(lexicon.PersonVerbs, PersonVerb);
        _trie = new LiteralTrie<Entry>(entries.Select(e => (e.Key, e.Value)), ignoreCase: false);
    }

    public PersonWords Find(WordStarts words)
    {
        var text = words.Text;
        var found = new PersonWords([], [], [], [], []);
        // Where each list's next match may start: after its last one.
        Span<int> next = stackalloc int[Kinds];
        var here = new List<(Entry Value, int End)>();
        foreach (var start in _trie.Openings(words))
        {
            _trie.AllAt(text, start, here);
            for (var list = 0; list < Kinds; list++)
            {
                if (start < next[list]) continue;
                // The longest phrase of the list: the last one the walk reported.
                for (var i = here.Count - 1; i >= 0; i--)
                {
                    var (entry, end) = here[i];
                    if ((entry.Lists & 1 << list) == 0) continue;
                    var span = new Span(start, end);
                    if (list == ReportingVerb) found.ReportingVerbs.Add((entry.Verb!, span));
                    else ListOf(found, list).Add(span);
                    next[list] = end;
                    break;
                }
            }
        }
        return found;
    }

    private static List<Span> ListOf(PersonWords words, int list) => list switch
    {
        Title => words.Titles,
        GivenName => words.GivenNames,
        HolderSurname => words.HolderSurnames,
        _ => words.PersonVerbs,
    };
}
