using AidAnalysis.Recognizers;

namespace AidAnalysis.Text;

/// <summary>
/// Every whole-word occurrence of a set of literals, found in one walk over a text's word starts, so that
/// looking for many names costs one pass over the text instead of one per name. A literal that does not
/// begin with a letter or digit (and so need not begin at a word start) is searched for on its own.
/// </summary>
public sealed class WordOccurrences
{
    // A literal's positions, null until it is found: most literals asked for occur nowhere, and need no list.
    private readonly Dictionary<string, List<int>?> _positions = new(StringComparer.Ordinal);

    public WordOccurrences(WordStarts words, IEnumerable<string> literals)
    {
        var text = words.Text;
        // A literal that begins a word is found at word starts whose first word-character run is its own.
        var byFirstRun = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var lookup = byFirstRun.GetAlternateLookup<ReadOnlySpan<char>>();
        // A literal already in the table is a repeat (callers pass every name's words, many alike): no set of its own to drop them.
        foreach (var literal in literals)
        {
            if (literal.Length == 0 || _positions.ContainsKey(literal)) continue;
            if (!TextPatterns.IsWordChar(literal[0]))
            {
                _positions[literal] = [.. TextPatterns.Occurrences(text, literal)];
                continue;
            }
            _positions[literal] = null;
            // The first run is cut out of the literal only when no literal before had it.
            var run = literal.AsSpan(0, RunLength(literal, 0));
            if (!lookup.TryGetValue(run, out var sharing)) byFirstRun[run.Length == literal.Length ? literal : run.ToString()] = sharing = [];
            sharing.Add(literal);
        }
        if (byFirstRun.Count == 0) return;
        // Most words cannot begin a literal: their first character rules them out before their run is measured (a table of
        // the ASCII first characters, built per text for few literals, cheaper to build than a SearchValues; any other
        // first character is left to the lookup).
        Span<ulong> asciiFirst = stackalloc ulong[2];
        foreach (var run in byFirstRun.Keys)
            if (run[0] < 128) asciiFirst[run[0] >> 6] |= 1UL << (run[0] & 63);
        for (var w = 0; w < words.Count; w++)
        {
            var start = words[w];
            var first = text[start];
            if (first < 128 && (asciiFirst[first >> 6] & (1UL << (first & 63))) == 0) continue;
            if (!lookup.TryGetValue(text.AsSpan(start, RunLength(text, start)), out var candidates)) continue;
            foreach (var literal in candidates)
                if (text.AsSpan(start).StartsWith(literal, StringComparison.Ordinal) && TextPatterns.IsWholeWord(text, start, start + literal.Length))
                    (_positions[literal] ??= []).Add(start);
        }
    }

    /// <summary>Where <paramref name="literal"/> (one of those given) occurs as a whole word, in text order.</summary>
    public IReadOnlyList<int> Of(string literal) => _positions[literal] ?? (IReadOnlyList<int>)Array.Empty<int>();

    private static int RunLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && TextPatterns.IsWordChar(text[end])) end++;
        return end - start;
    }
}
