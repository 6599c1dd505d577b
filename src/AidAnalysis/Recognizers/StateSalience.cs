using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Frames;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Which state an article is about: the one named most often as an agent or owner, not as a
/// destination or location ("to Ukraine", "in Kyiv" do not count).
/// </summary>
public static class StateSalience
{
    /// <summary>The state named most often as an agent or owner, less the times it is named as a destination:
    /// in a donor's story about helping another state, the helped state is named often, mostly as where help goes.</summary>
    public static string? HomeCountry(AnalysisDocument document, Lexicon lexicon) => document.Entities
        .Where(e => e.Type is MentionType.Country or MentionType.Demonym or MentionType.Seat)
        .GroupBy(e => e.Canonical)
        .Select(g => (State: g.Key, First: g.Min(e => e.Span.Start),
            Agent: g.Count(e => !IsLocative(document.Tokens, e.Span, lexicon.StatePrepositions.NonAgent, lexicon.ClauseOpeners)),
            Destination: g.Count(e => IsLocative(document.Tokens, e.Span, lexicon.StatePrepositions.Destination, lexicon.ClauseOpeners))))
        .Where(s => s.Agent > 0)
        .OrderByDescending(s => s.Agent - s.Destination)
        .ThenByDescending(s => s.Agent)
        .ThenBy(s => s.First)
        .Select(s => s.State)
        .FirstOrDefault();

    /// <summary>True when the word before the mention is a preposition ("to Ukraine") or the mention
    /// sits in a list that one introduces ("in Peru, Bolivia, Chile and Ecuador"). The words are read on the token layer
    /// across spaces and commas (<see cref="ActorTokenQueries.WordBeforeAcrossCommas"/>).</summary>
    public static bool IsLocative(TokenLayer tokens, Span mention, IReadOnlySet<string> prepositions, IReadOnlySet<string> clauseOpeners)
    {
        var i = mention.Start;
        for (var hops = 0; hops < 6; hops++)
        {
            var word = tokens.WordBeforeAcrossCommas(ref i);
            if (word.IsEmpty) return false;
            if (Holds(prepositions, word)) return true;
            // Inside a list or a multi-word place: skip back over "the", "and", "X," to the word that opens it,
            // but a comma after a non-place ("In March, Denmark pledged") ends the walk.
            if (word is "the" or "and" or "or") continue;
            if (char.IsUpper(word[0]) && !Holds(clauseOpeners, word)) continue;
            return false;
        }
        return false;
    }

    /// <summary>Set membership of a word read as characters: a hash set is asked without making a string.</summary>
    private static bool Holds(IReadOnlySet<string> set, ReadOnlySpan<char> word) =>
        set is HashSet<string> hashed && hashed.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup)
            ? lookup.Contains(word)
            : set.Contains(word.ToString());
}
