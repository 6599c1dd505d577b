using AidAnalysis.Recognizers;

namespace AidAnalysis.Text;

/// <summary>
/// Every whole-word occurrence of a set of literals, found in one walk over a text's word starts, so that
/// looking for many names costs one pass over the text instead of one per name. A literal that does not
/// begin with a letter or digit (and so need not begin at a word start) is searched for on its own.
/// </summary>
public sealed class WordOccurrences
{
    private readonly Dictionary<string, List<int>> _positions = new(StringComparer.Ordinal);

    public WordOccurrences(WordStarts words, IEnumerable<string> literals)
    {
        var text = words.Text;
        // A literal that begins a word is found at word starts whose first word-character run is its own.
        var byFirstRun = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var literal in literals.Distinct())
        {
            if (literal.Length == 0) continue;
            if (!TextPatterns.IsWordChar(literal[0]))
            {
                _positions[literal] = [.. TextPatterns.Occurrences(text, literal)];
                continue;
            }
            _positions[literal] = [];
            var run = literal[..RunLength(literal, 0)];
            if (!byFirstRun.TryGetValue(run, out var sharing)) byFirstRun[run] = sharing = [];
            sharing.Add(literal);
        }
        if (byFirstRun.Count == 0) return;
        var lookup = byFirstRun.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var w = 0; w < words.Count; w++)
        {
            var start = words[w];
            if (!lookup.TryGetValue(text.AsSpan(start, RunLength(text, start)), out var candidates)) continue;
            foreach (var literal in candidates)
                if (text.AsSpan(start).StartsWith(literal, StringComparison.Ordinal) && TextPatterns.IsWholeWord(text, start, start + literal.Length))
                    _positions[literal].Add(start);
        }
    }

    /// <summary>Where <paramref name="literal"/> (one of those given) occurs as a whole word, in text order.</summary>
    public IReadOnlyList<int> Of(string literal) => _positions[literal];

    private static int RunLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && TextPatterns.IsWordChar(text[end])) end++;
        return end - start;
    }
}
