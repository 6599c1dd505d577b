using AidAnalysis.Lexicons;

namespace AidAnalysis.Frames.Parties;

/// <summary>The closed word classes of party-words.tsv that the party readers use, read once per funding frame.</summary>
internal sealed class PartyWords(Lexicon lexicon)
{
    /// <summary>Plural nouns naming several givers together ("donors", "allies").</summary>
    public IReadOnlySet<string> GiverGroups { get; } = Set(lexicon, "giver-group");
    /// <summary>Modifiers of such a group after "from" ("other", "international").</summary>
    public IReadOnlyList<string> GroupModifiers { get; } = Words(lexicon, "group-modifier");
    /// <summary>Words that may open a clause before its subject group ("and", "while").</summary>
    public IReadOnlySet<string> ClauseOpeners { get; } = Set(lexicon, "clause-opener");
    /// <summary>Words that join a group to a named giver before it ("and", "other").</summary>
    public IReadOnlySet<string> GroupCoordinators { get; } = Set(lexicon, "group-coordinator");
    /// <summary>First words of complex prepositions ending in "to" ("response", "due").</summary>
    public IReadOnlyList<string> ComplexPrepositions { get; } = Words(lexicon, "complex-preposition");
    /// <summary>Words after which a state's possessive owns what receives, besides "to" ("for", "help").</summary>
    public IReadOnlyList<string> OwnerMarkers { get; } = Words(lexicon, "owner-marker");

    /// <summary>Plural nouns of several states named together ("African countries", "Asian governments").</summary>
    public IReadOnlyList<string> StateGroups { get; } = Words(lexicon, "state-group");

    /// <summary>Prepositions that make the state after them no agent ("to", "against"): state-prepositions.tsv.</summary>
    public IReadOnlySet<string> NonAgentPrepositions { get; } = lexicon.StatePrepositions.NonAgent;

    /// <summary>A class missing from the file is an error, not an empty class: an empty alternation would match anywhere.</summary>
    private static IReadOnlyList<string> Words(Lexicon lexicon, string wordClass) =>
        lexicon.PartyWords.TryGetValue(wordClass, out var words) && words.Count > 0
            ? words
            : throw new FormatException($"party-words.tsv: no words of class {wordClass}");

    private static HashSet<string> Set(Lexicon lexicon, string wordClass) => new(Words(lexicon, wordClass), StringComparer.OrdinalIgnoreCase);
}
