namespace AidAnalysis.Lexicons;

/// <summary>The prepositions before a state's name that tell how the text names it (state-prepositions.tsv), case-insensitive.</summary>
/// <param name="NonAgent">The state is a destination, location or object rather than an agent ("to Ukraine", "against Russia").</param>
/// <param name="Location">The state is only a place ("met in Helsinki, Finland").</param>
/// <param name="Destination">The state is where help goes ("aid to Ukraine", "funds for Gaza").</param>
public sealed record StatePrepositions(IReadOnlySet<string> NonAgent, IReadOnlySet<string> Location, IReadOnlySet<string> Destination)
{
    public static StatePrepositions Empty { get; } = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

    /// <exception cref="FormatException">A row's class is none of non-agent, location, destination.</exception>
    internal static StatePrepositions From(IEnumerable<string[]> rows)
    {
        var sets = new Dictionary<string, HashSet<string>>
        {
            ["non-agent"] = new(StringComparer.OrdinalIgnoreCase),
            ["location"] = new(StringComparer.OrdinalIgnoreCase),
            ["destination"] = new(StringComparer.OrdinalIgnoreCase),
        };
        foreach (var row in rows)
            if (!sets.TryGetValue(row[1], out var set)) throw new FormatException($"state-prepositions.tsv: class of {row[0]} is none of non-agent, location, destination");
            else set.Add(row[0]);
        return new(sets["non-agent"], sets["location"], sets["destination"]);
    }
}
