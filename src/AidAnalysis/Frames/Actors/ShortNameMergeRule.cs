using AidAnalysis.Model;

namespace AidAnalysis.Frames.Actors;

/// <summary>Drafts whose names are parts of one another are one actor: "Anna Berg" and a headline's "Anna Berg Said", "Berg"
/// within "Anna Berg", a surname of two words ("Van Dyk" ending "Pieter Van Dyk"), "Foreign Ministry" at the end of "South
/// Korean Foreign Ministry".</summary>
internal static class ShortNameMergeRule
{
    public static void Apply(List<ActorDraft> drafts, Span? headline)
    {
        // A title-case headline runs words into a name ("Kamala Harris Announces"): the name seen elsewhere wins.
        foreach (var longer in drafts.Where(d => d.Kind == ActorKind.Person).OrderByDescending(d => d.Name.Length).ToList())
        {
            var shorter = drafts.FirstOrDefault(d => d != longer && d.Kind == ActorKind.Person && d.Name.Contains(' ')
                && StartsWithWords(longer.Name, d.Name));
            shorter?.Absorb(longer);
        }
        drafts.RemoveAll(d => d.Mentions.Count == 0);
        foreach (var shorter in drafts.OrderBy(d => d.Name.Length).ToList())
        {
            var longer = drafts.FirstOrDefault(d => d != shorter && d.Kind == shorter.Kind && d.Name.Length > shorter.Name.Length
                && (shorter.Kind == ActorKind.Person
                    ? ActorBuilder.HasWord(d.Name, shorter.Name) || EndsWithWords(d.Name, shorter.Name)
                    : EndsWithWords(d.Name, shorter.Name)));
            if (longer is null) continue;
            // "$12M Grant for Sahel Water Foundation" in a title-case headline: the body's name wins over words the headline ran into it.
            if (headline is { } h && longer.Kind != ActorKind.Person && longer.Mentions.All(h.Contains) && !shorter.Mentions.All(h.Contains))
                shorter.Absorb(longer);
            else
                longer.Absorb(shorter);
        }
        drafts.RemoveAll(d => d.Mentions.Count == 0);
    }

    // The name tests below compare in place: they run for every pair of drafts.

    /// <summary>Whether <paramref name="name"/> is <paramref name="words"/> and then a space and more ("Anna Berg" of "Anna Berg Said").</summary>
    private static bool StartsWithWords(string name, string words) =>
        name.Length > words.Length && name[words.Length] == ' ' && name.StartsWith(words, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="name"/> ends in a space and <paramref name="words"/>, ignoring case ("South Korean Foreign Ministry").</summary>
    private static bool EndsWithWords(string name, string words) =>
        name.Length > words.Length && name[name.Length - words.Length - 1] == ' ' && name.EndsWith(words, StringComparison.OrdinalIgnoreCase);
}
