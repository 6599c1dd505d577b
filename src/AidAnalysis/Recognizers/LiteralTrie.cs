using AidAnalysis.Model;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Finds the longest whole-word lexicon phrase at each word start in one left-to-right walk of a
/// character trie: linear in the text, however many phrases the lexicon holds.
/// </summary>
public sealed class LiteralTrie<T>
{
    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public bool HasValue;
        public T? Value;
    }

    private readonly Node _root = new();
    private readonly bool _ignoreCase;

    public LiteralTrie(IEnumerable<(string Phrase, T Value)> entries, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        foreach (var (phrase, value) in entries)
        {
            if (phrase.Length == 0) continue;
            var node = _root;
            foreach (var raw in phrase)
            {
                var c = Fold(raw);
                node.Children ??= [];
                if (!node.Children.TryGetValue(c, out var next)) node.Children[c] = next = new Node();
                node = next;
            }
            if (node.HasValue) continue;
            node.HasValue = true;
            node.Value = value;
        }
    }

    /// <summary>Non-overlapping longest matches, left to right, inside <paramref name="window"/>.</summary>
    public IEnumerable<(T Value, Span Span)> Find(string text, Span window)
    {
        var i = window.Start;
        while (i < window.End)
        {
            if (i > 0 && TextPatterns.IsWordChar(text[i - 1]) && TextPatterns.IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var node = _root;
            var bestEnd = -1;
            T? best = default;
            for (var j = i; j < window.End && node.Children is not null && node.Children.TryGetValue(Fold(text[j]), out var next); j++)
            {
                node = next;
                if (node.HasValue && TextPatterns.IsWholeWord(text, i, j + 1))
                {
                    bestEnd = j + 1;
                    best = node.Value;
                }
            }
            if (bestEnd > 0)
            {
                yield return (best!, new Span(i, bestEnd));
                i = bestEnd;
            }
            else
            {
                i++;
            }
        }
    }

    private char Fold(char c) =>
        !_ignoreCase ? c
        : c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) // ASCII without a culture lookup: the hot path
        : char.ToLowerInvariant(c);
}
