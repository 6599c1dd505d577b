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
    /// in a donor's story about helping another state, the helped state is named often, mostly as where help goes. A state
    /// named inside an amount (its currency's prefix) is not counted.</summary>
    public static string? HomeCountry(AnalysisDocument document, Lexicon lexicon)
    {
        var tokens = document.Tokens;
        var nonAgent = Lookup(lexicon.StatePrepositions.NonAgent);
        var destination = Lookup(lexicon.StatePrepositions.Destination);
        var clauseOpeners = Lookup(lexicon.ClauseOpeners);
        // One tally per state in the order states first appear (the order ties fall back on); the entities come in text
        // order, so the token before each mention is found by walking forward, not searched for.
        var tallies = new List<StateTally>();
        var byState = new Dictionary<string, int>();
        var next = 0;
        foreach (var e in document.Entities)
        {
            if (e.Type is not (MentionType.Country or MentionType.Demonym or MentionType.Seat)) continue;
            // "US$70 million", "NZ$2 million": a currency's state is named by the money, not as an agent or owner.
            if (document.MoneyOverlapping(e.Span).Any()) continue;
            next = Advance(tokens, next, e.Span.Start);
            if (!byState.TryGetValue(e.Canonical, out var at))
            {
                at = tallies.Count;
                byState.Add(e.Canonical, at);
                tallies.Add(new StateTally(e.Canonical, e.Span.Start, 0, 0));
            }
            var tally = tallies[at];
            tallies[at] = tally with
            {
                First = Math.Min(tally.First, e.Span.Start),
                Agent = tally.Agent + (IsLocative(tokens, next - 1, e.Span.Start, nonAgent, clauseOpeners) ? 0 : 1),
                Destination = tally.Destination + (IsLocative(tokens, next - 1, e.Span.Start, destination, clauseOpeners) ? 1 : 0),
            };
        }
        StateTally? best = null;
        foreach (var tally in tallies)
            if (tally.Agent > 0 && (best is null || tally.RanksBefore(best.Value))) best = tally;
        return best?.State;
    }

    private readonly record struct StateTally(string State, int First, int Agent, int Destination)
    {
        /// <summary>More agent than destination naming first, then more agent naming, then named earlier.</summary>
        public bool RanksBefore(StateTally other) =>
            Agent - Destination != other.Agent - other.Destination ? Agent - Destination > other.Agent - other.Destination
            : Agent != other.Agent ? Agent > other.Agent
            : First < other.First;
    }

    /// <summary>The first token that ends after <paramref name="offset"/>, walking forward from <paramref name="from"/> when
    /// the offset lies ahead (the mentions come in text order), searched otherwise.</summary>
    private static int Advance(TokenLayer tokens, int from, int offset)
    {
        if (from > 0 && tokens[from - 1].End > offset) return tokens.IndexAt(offset);
        while (from < tokens.Count && tokens[from].End <= offset) from++;
        return from;
    }

    /// <summary>The locative test with its word sets' lookups built once, for a stage that asks it of every mention of a document.</summary>
    public static LocativeTest Locatives(IReadOnlySet<string> prepositions, IReadOnlySet<string> clauseOpeners) =>
        new(Lookup(prepositions), Lookup(clauseOpeners));

    /// <summary>True when the word before the mention is a preposition ("to Ukraine") or the mention
    /// sits in a list that one introduces ("in Peru, Bolivia, Chile and Ecuador"). The words are read on the token layer
    /// across spaces and commas (<see cref="ActorTokenQueries.WordBeforeAcrossCommas"/>).</summary>
    public readonly struct LocativeTest
    {
        private readonly WordLookup _prepositions;
        private readonly WordLookup _clauseOpeners;

        internal LocativeTest(WordLookup prepositions, WordLookup clauseOpeners) => (_prepositions, _clauseOpeners) = (prepositions, clauseOpeners);

        /// <summary>Whether the mention starting at <paramref name="start"/>, after the token <paramref name="last"/> that ends at
        /// or before it, is named as a place.</summary>
        private bool Holds(TokenLayer tokens, int last, int start) => IsLocative(tokens, last, start, _prepositions, _clauseOpeners);

        public bool Holds(TokenLayer tokens, Span mention) => Holds(tokens, tokens.LastEndingBy(mention.Start), mention.Start);
    }

    /// <summary>The locative test (<see cref="LocativeTest"/>) from the last token
    /// <paramref name="last"/> that ends at or before the mention's <paramref name="start"/>: the walk goes back by token
    /// index, run after run.</summary>
    private static bool IsLocative(TokenLayer tokens, int last, int start, WordLookup prepositions, WordLookup clauseOpeners)
    {
        for (var hops = 0; hops < 6; hops++)
        {
            if (tokens.WordRunAcrossCommas(last, start, IsLetterWord, IsLetterWord) is not (>= 0 and var first, var end)) return false;
            start = tokens[first].Start;
            last = first - 1;
            var word = tokens.Text.AsSpan(start, tokens[end].End - start);
            if (prepositions.Holds(word)) return true;
            // Inside a list or a multi-word place: skip back over "the", "and", "X," to the word that opens it,
            // but a comma after a non-place ("In March, Denmark pledged") ends the walk.
            if (word is "the" or "and" or "or") continue;
            if (char.IsUpper(word[0]) && !clauseOpeners.Holds(word)) continue;
            return false;
        }
        return false;
    }

    private static bool IsLetterWord(TokenLayer tokens, int index) => tokens.IsLetters(index);

    private static WordLookup Lookup(IReadOnlySet<string> set) =>
        new(set, set is HashSet<string> hashed && hashed.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup) ? lookup : null);

    /// <summary>Set membership of a word read as characters: a hash set is asked without making a string.</summary>
    internal readonly record struct WordLookup(IReadOnlySet<string> Set, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? Spans)
    {
        public bool Holds(ReadOnlySpan<char> word) => Spans is { } lookup ? lookup.Contains(word) : Set.Contains(word.ToString());
    }
}
