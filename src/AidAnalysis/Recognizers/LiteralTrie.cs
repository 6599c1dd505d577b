using System.Buffers;
using AidAnalysis.Model;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Finds the longest whole-word lexicon phrase at each word start in one left-to-right walk of a
/// character trie: linear in the text, however many phrases the lexicon holds. The trie is stored
/// flat (sorted child arrays, a direct table for the root's ASCII children) because it is walked
/// at every word start of every article by several stages.
/// </summary>
public sealed class LiteralTrie<T>
{
    private const int NoNode = -1;

    // Node n's children: keys/targets in [_firstChild[n], _firstChild[n + 1]), keys sorted.
    private readonly int[] _firstChild;
    private readonly char[] _childKeys;
    private readonly int[] _childTargets;
    private readonly bool[] _hasValue;
    private readonly T[] _values;
    private readonly int[] _rootAscii = new int[128];
    private readonly bool _ignoreCase;
    // Where any phrase occurs at all, found by a vectorised multi-string search: the walk jumps there
    // instead of visiting every character. Worth it for names (capitalised, rare in running text) and
    // small lexicons; a large lower-case lexicon shares so many three-letter prefixes with ordinary
    // words that the search verifies candidates everywhere and is slower than the plain walk (measured
    // on the dev articles: 86 aid-item forms 30 µs vs 8 µs per article; 33 aid-type cues 2.4 µs vs 7.4 µs).
    private const int MaxPhrasesForSearch = 40;
    private readonly SearchValues<string>? _phrases;

    public LiteralTrie(IEnumerable<(string Phrase, T Value)> entries, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        var root = new BuildNode();
        var phrases = new List<string>();
        foreach (var (phrase, value) in entries)
        {
            if (phrase.Length == 0) continue;
            phrases.Add(phrase);
            var node = root;
            foreach (var raw in phrase)
            {
                var c = Fold(raw);
                if (!node.Children.TryGetValue(c, out var next)) node.Children[c] = next = new BuildNode();
                node = next;
            }
            if (node.HasValue) continue;
            node.HasValue = true;
            node.Value = value;
        }

        // Breadth-first numbering gives each node's children consecutive slots.
        var order = new List<BuildNode> { root };
        for (var i = 0; i < order.Count; i++)
        {
            order[i].Index = i;
            order.AddRange(order[i].Children.OrderBy(c => c.Key).Select(c => c.Value));
        }
        _firstChild = new int[order.Count + 1];
        _childKeys = new char[order.Count - 1];
        _childTargets = new int[order.Count - 1];
        _hasValue = new bool[order.Count];
        _values = new T[order.Count];
        var slot = 0;
        foreach (var node in order)
        {
            _firstChild[node.Index] = slot;
            _hasValue[node.Index] = node.HasValue;
            _values[node.Index] = node.Value!;
            foreach (var (key, child) in node.Children.OrderBy(c => c.Key))
            {
                _childKeys[slot] = key;
                _childTargets[slot++] = child.Index;
            }
        }
        _firstChild[order.Count] = slot;
        Array.Fill(_rootAscii, NoNode);
        foreach (var (key, child) in root.Children)
            if (key < 128) _rootAscii[key] = child.Index;
        var distinct = phrases.Distinct().ToArray();
        if (distinct.Length <= MaxPhrasesForSearch || !distinct.Any(p => char.IsAsciiLetterLower(p[0]) || (ignoreCase && char.IsAsciiLetter(p[0]))))
            _phrases = SearchValues.Create(distinct, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>Non-overlapping longest matches, left to right, inside <paramref name="window"/>.</summary>
    public List<(T Value, Span Span)> Find(string text, Span window)
    {
        var found = new List<(T, Span)>();
        var i = window.Start;
        var previousIsWord = i > 0 && TextPatterns.IsWordChar(text[i - 1]);
        while (i < window.End)
        {
            if (_phrases is not null)
            {
                var next = text.AsSpan(i, window.End - i).IndexOfAny(_phrases);
                if (next < 0) break;
                if (next > 0)
                {
                    i += next;
                    previousIsWord = TextPatterns.IsWordChar(text[i - 1]);
                }
            }
            var isWord = TextPatterns.IsWordChar(text[i]);
            // Inside a word: no phrase starts here (each character is classified once).
            if (previousIsWord && isWord)
            {
                i++;
                continue;
            }
            var bestEnd = -1;
            var bestNode = NoNode;
            var node = 0;
            for (var j = i; j < window.End && (node = Child(node, Fold(text[j]))) != NoNode; j++)
            {
                if (_hasValue[node] && TextPatterns.IsWholeWord(text, i, j + 1))
                {
                    bestEnd = j + 1;
                    bestNode = node;
                }
            }
            if (bestEnd > 0)
            {
                found.Add((_values[bestNode], new Span(i, bestEnd)));
                i = bestEnd;
                previousIsWord = TextPatterns.IsWordChar(text[i - 1]);
            }
            else
            {
                previousIsWord = isWord;
                i++;
            }
        }
        return found;
    }

    private int Child(int node, char c)
    {
        if (node == 0 && c < 128) return _rootAscii[c];
        var from = _firstChild[node];
        var index = _childKeys.AsSpan(from, _firstChild[node + 1] - from).BinarySearch(c);
        return index >= 0 ? _childTargets[from + index] : NoNode;
    }

    private char Fold(char c) =>
        !_ignoreCase ? c
        : c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) // ASCII without a culture lookup: the hot path
        : char.ToLowerInvariant(c);

    private sealed class BuildNode
    {
        public readonly Dictionary<char, BuildNode> Children = [];
        public bool HasValue;
        public T? Value;
        public int Index;
    }
}
