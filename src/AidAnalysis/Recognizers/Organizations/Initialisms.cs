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
            if (InitialsOf(organisation.Canonical) is { } initials) named.Add((organisation, initials));
        if (named.Count == 0) return [];
        var occurrences = new WordOccurrences(words, named.Select(n => n.Initials));
        var found = new List<EntityMention>();
        foreach (var (organisation, initials) in named)
            foreach (var at in occurrences.Of(initials))
                found.Add(organisation with { Span = new Span(at, at + initials.Length) });
        return found;
    }

    /// <summary>The first letters of a name's capitalised words, between spaces, where it has three or more; else null.</summary>
    private static string? InitialsOf(string name)
    {
        var count = 0;
        for (var i = 0; i < name.Length; i++)
            if ((i == 0 || name[i - 1] == ' ') && char.IsUpper(name[i])) count++;
        if (count < 3) return null;
        return string.Create(count, name, static (initials, name) =>
        {
            var at = 0;
            for (var i = 0; i < name.Length; i++)
                if ((i == 0 || name[i - 1] == ' ') && char.IsUpper(name[i])) initials[at++] = name[i];
        });
    }
}
