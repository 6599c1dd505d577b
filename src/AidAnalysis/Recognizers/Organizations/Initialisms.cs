using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text;

namespace AidAnalysis.Recognizers.Organizations;

/// <summary>"Lakeland Relief Foundation ... LRF said": an organisation's initials used as its name, defined or not.
/// The initials of all organisations are looked for in one walk over the words.</summary>
internal static class Initialisms
{
    public static List<EntityMention> Find(WordStarts words, List<EntityMention> organisations)
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
}
