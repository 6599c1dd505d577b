using System.Collections.Frozen;
using System.Collections.Immutable;
using AidAnalysis.Lexicons;

namespace AidAnalysis.Frames.Claims;

/// <summary>
/// The lexicon's gender words (gender-words.tsv), looked up by the span of a word. Built once per speaker stage, with the
/// table's own comparer: a dictionary is used as it is, another table is copied with the comparer it reports, or compared
/// as written (ordinal) when it reports none, so no word matches that the table itself would not match.
/// </summary>
internal sealed class GenderWordLookup
{
    private readonly Dictionary<string, GenderWord>.AlternateLookup<ReadOnlySpan<char>> _words;

    public GenderWordLookup(IReadOnlyDictionary<string, GenderWord> table) =>
        _words = (table as Dictionary<string, GenderWord> ?? new Dictionary<string, GenderWord>(table, ComparerOf(table)))
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public bool TryGetValue(ReadOnlySpan<char> word, out GenderWord entry) => _words.TryGetValue(word, out entry!);

    private static IEqualityComparer<string> ComparerOf(IReadOnlyDictionary<string, GenderWord> table) => table switch
    {
        FrozenDictionary<string, GenderWord> frozen => frozen.Comparer,
        ImmutableDictionary<string, GenderWord> immutable => immutable.KeyComparer,
        _ => StringComparer.Ordinal,
    };
}
