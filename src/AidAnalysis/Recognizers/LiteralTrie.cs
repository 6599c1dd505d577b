using AidAnalysis.Model;
using AidAnalysis.Text;

namespace AidAnalysis.Recognizers;

/// <summary>
/// Finds the longest whole-word lexicon phrase at each word start in one left-to-right walk of a
/// character trie: linear in the text, however many phrases the lexicon holds. The trie is stored
/// flat (sorted child arrays, and a direct table of ASCII children for the root and every node with many
/// children) and visits only the document's word starts, because several stages look up lexicons in every article.
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
    // Bit (a << 7 | b) is set when a phrase can begin with the ASCII characters a, b as written (or is the one character a):
    // most words fail on their first two characters, which this tells without walking the trie.
    private readonly ulong[] _asciiOpenings = new ulong[128 * 128 / 64];
    // Nodes with many children also get a row of 128 ASCII slots in _asciiRows (at _asciiRow[n], -1 when none):
    // these are the nodes near the root that most words pass through.
    private readonly int[] _asciiRow;
    private readonly int[] _asciiRows;
    private const int RowThreshold = 2;
    private readonly bool _ignoreCase;
    // A phrase that opens with a symbol ("$", "#") can start anywhere, not only at a word start.
    private readonly bool _opensWithSymbol;

    public LiteralTrie(IEnumerable<(string Phrase, T Value)> entries, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        var root = new BuildNode();
        foreach (var (phrase, value) in entries)
        {
            if (phrase.Length == 0) continue;
            _opensWithSymbol |= !TextPatterns.IsWordChar(phrase[0]);
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
            var node = order[i];
            node.Index = i;
            node.SortedKeys = [.. node.Children.Keys];
            if (node.SortedKeys.Length > 1) Array.Sort(node.SortedKeys);
            foreach (var key in node.SortedKeys) order.Add(node.Children[key]);
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
            foreach (var key in node.SortedKeys)
            {
                _childKeys[slot] = key;
                _childTargets[slot++] = node.Children[key].Index;
            }
        }
        _firstChild[order.Count] = slot;
        // The ASCII tables take a character as written: an upper-case letter of a case-blind trie has its lower-case slot's child.
        Array.Fill(_rootAscii, NoNode);
        FillAscii(_rootAscii, 0, root);
        _asciiRow = new int[order.Count];
        var rows = 0;
        foreach (var node in order)
            _asciiRow[node.Index] = node.Index > 0 && node.Children.Count >= RowThreshold ? 128 * rows++ : NoNode;
        _asciiRows = new int[128 * rows];
        Array.Fill(_asciiRows, NoNode);
        foreach (var node in order)
            if (_asciiRow[node.Index] >= 0) FillAscii(_asciiRows, _asciiRow[node.Index], node);
        FillOpenings(root);
    }

    private void FillOpenings(BuildNode root)
    {
        foreach (var (first, child) in root.Children)
        {
            if (first >= 128) continue;
            foreach (var a in AsWritten(first))
            {
                if (child.HasValue)
                {
                    for (var b = 0; b < 128; b++) _asciiOpenings[(a << 7 | b) >> 6] |= 1UL << (b & 63);
                    continue;
                }
                foreach (var second in child.Children.Keys)
                    if (second < 128)
                        foreach (var b in AsWritten(second)) _asciiOpenings[(a << 7 | b) >> 6] |= 1UL << (b & 63);
            }
        }
    }

    /// <summary>The ASCII characters a text may hold where the trie holds <paramref name="key"/>.</summary>
    private IEnumerable<char> AsWritten(char key) =>
        _ignoreCase && key is >= 'a' and <= 'z' ? [key, (char)(key - 32)] : [key];

    /// <summary>False when no phrase can start at <paramref name="start"/>, judged by its first two characters when both are ASCII.</summary>
    private bool MayOpenAt(string text, int start)
    {
        var a = text[start];
        if (a >= 128) return true;
        if (start + 1 >= text.Length) return _rootAscii[a] != NoNode;
        var b = text[start + 1];
        return b >= 128 || (_asciiOpenings[(a << 7 | b) >> 6] & (1UL << (b & 63))) != 0;
    }

    private void FillAscii(int[] table, int offset, BuildNode node)
    {
        foreach (var (key, child) in node.Children)
        {
            if (key >= 128) continue;
            table[offset + key] = child.Index;
            if (_ignoreCase && key is >= 'a' and <= 'z') table[offset + key - 32] = child.Index;
        }
    }

    /// <summary>Non-overlapping longest matches, left to right, inside <paramref name="window"/>.</summary>
    public List<(T Value, Span Span)> Find(WordStarts words, Span window)
    {
        var found = new List<(T, Span)>();
        FindInto(words, window, found, static (value, span) => (value, span));
        return found;
    }

    /// <summary>The matches <see cref="Find"/> gives, each made into a result by <paramref name="make"/> and added to
    /// <paramref name="found"/>: a caller that keeps results of its own needs no list of pairs in between.</summary>
    public void FindInto<TResult>(WordStarts words, Span window, List<TResult> found, Func<T, Span, TResult> make)
    {
        var text = words.Text;
        if (_opensWithSymbol)
        {
            for (var i = window.Start; i < window.End;)
            {
                var atWordInside = i > 0 && TextPatterns.IsWordChar(text[i - 1]) && TextPatterns.IsWordChar(text[i]);
                i = !atWordInside && TryMatch(text, i, window.End, found, make) is >= 0 and var end ? end : i + 1;
            }
            return;
        }
        var next = window.Start;
        foreach (var start in words.Within(window))
        {
            // Most words cannot begin a phrase: their first two characters begin none.
            if (start < next || !MayOpenAt(text, start)) continue;
            if (TryMatch(text, start, window.End, found, make) is >= 0 and var end)
                next = end;
        }
    }

    /// <summary>Adds the longest whole-word phrase starting at <paramref name="start"/>, if any, and returns its end (-1 if none).</summary>
    private int TryMatch<TResult>(string text, int start, int end, List<TResult> found, Func<T, Span, TResult> make)
    {
        var bestEnd = Walk(text, start, end, null, out var bestNode);
        if (bestEnd < 0) return -1;
        found.Add(make(_values[bestNode], new Span(start, bestEnd)));
        return bestEnd;
    }

    /// <summary>Where a phrase may start, in text order: the word starts whose first two characters may open one, or, when
    /// a phrase opens with a symbol, every position not inside a word (the positions <see cref="Find"/> tries).</summary>
    public IEnumerable<int> Openings(WordStarts words)
    {
        var text = words.Text;
        if (_opensWithSymbol)
        {
            for (var i = 0; i < text.Length; i++)
                if (!(i > 0 && TextPatterns.IsWordChar(text[i - 1]) && TextPatterns.IsWordChar(text[i]))) yield return i;
            yield break;
        }
        for (var w = 0; w < words.Count; w++)
            if (MayOpenAt(text, words[w])) yield return words[w];
    }

    /// <summary>Every whole-word phrase starting at <paramref name="start"/>, shortest first, with its end: what several tries
    /// merged into one need, each keeping the longest of its own.</summary>
    public void AllAt(string text, int start, List<(T Value, int End)> found)
    {
        found.Clear();
        Walk(text, start, text.Length, found, out _);
    }

    /// <summary>Walks the trie from <paramref name="start"/>; returns the end of the longest whole-word phrase (-1 if none)
    /// and its node, and adds every one to <paramref name="all"/> when given.</summary>
    private int Walk(string text, int start, int end, List<(T, int)>? all, out int bestNode)
    {
        var bestEnd = -1;
        bestNode = NoNode;
        var node = 0;
        var rootAscii = _rootAscii;
        var asciiRow = _asciiRow;
        var asciiRows = _asciiRows;
        var hasValue = _hasValue;
        var firstChild = _firstChild;
        var childKeys = _childKeys;
        var childTargets = _childTargets;
        var ignoreCase = _ignoreCase;
        for (var j = start; j < end; j++)
        {
            // The direct tables serve ASCII (the hot path, already case-blind where the trie is); the sorted keys the rest.
            var c = text[j];
            int row;
            if (c >= 128) node = SortedChild(node, Fold(c));
            else if (node == 0) node = rootAscii[c];
            else if ((row = asciiRow[node]) >= 0) node = asciiRows[row + c];
            else
            {
                // Most nodes past a word's first letters have one child, compared in place rather than through a search
                // (an ASCII character folds as Fold does); a node with more children and no row is searched.
                var first = firstChild[node];
                var count = firstChild[node + 1] - first;
                var folded = ignoreCase && c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                node = count == 1 ? (childKeys[first] == folded ? childTargets[first] : NoNode) : count == 0 ? NoNode : SortedChild(node, folded);
            }
            if (node == NoNode) break;
            if (hasValue[node] && TextPatterns.IsWholeWord(text, start, j + 1))
            {
                bestEnd = j + 1;
                bestNode = node;
                all?.Add((_values[node], j + 1));
            }
        }
        return bestEnd;
    }

    /// <summary>The child of <paramref name="node"/> for the (folded) character, from its sorted keys.</summary>
    private int SortedChild(int node, char c)
    {
        int lo = _firstChild[node], hi = _firstChild[node + 1];
        // Most nodes have a few children: a plain scan of the sorted keys beats a search's overhead.
        if (hi - lo <= 8)
        {
            for (var i = lo; i < hi; i++)
            {
                var key = _childKeys[i];
                if (key == c) return _childTargets[i];
                if (key > c) break;
            }
            return NoNode;
        }
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var key = _childKeys[mid];
            if (key == c) return _childTargets[mid];
            if (key < c) lo = mid + 1; else hi = mid;
        }
        return NoNode;
    }

    // A typographic apostrophe (U+2019, as most CMS output writes "Children’s") matches a lexicon's straight one; the text is never rewritten,
    // so offsets still index it as loaded.
    private char Fold(char c) =>
        c == '\u2019' ? '\''
        : !_ignoreCase ? c
        : c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) // ASCII without a culture lookup: the hot path
        : char.ToLowerInvariant(c);

    private sealed class BuildNode
    {
        public readonly Dictionary<char, BuildNode> Children = [];
        public char[] SortedKeys = [];
        public bool HasValue;
        public T? Value;
        public int Index;
    }
}
