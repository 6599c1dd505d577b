using AidAnalysis.Model;

namespace AidAnalysis.Text.Tokens;

/// <summary>
/// The tokens of a text in text order, stored as one array of <see cref="Token"/> values. Every character
/// that is not whitespace belongs to exactly one token.
/// </summary>
public sealed partial class TokenLayer
{
    private readonly Token[] _tokens;
    // Each token's case-blind number (WordKeys), parallel to _tokens.
    private readonly int[] _keys;

    // Offset to token in constant time: _blockFirst[b] is IndexAt(b << BlockShift), so the token for any offset lies between
    // two neighbouring entries, a few tokens apart. Readers ask for offsets once per mention or amount; on a long text a
    // binary search over millions of tokens missed the cache at every step.
    private const int BlockShift = 5;
    private readonly int[] _blockFirst;

    internal TokenLayer(string text, Token[] tokens, int[] keys, int count, IReadOnlyList<string> lemmas)
    {
        Text = text;
        _tokens = tokens;
        _keys = keys;
        Count = count;
        Lemmas = lemmas;
        _blockFirst = new int[(text.Length >> BlockShift) + 1];
        var index = 0;
        for (var block = 0; block < _blockFirst.Length; block++)
        {
            var offset = block << BlockShift;
            while (index < count && tokens[index].End <= offset) index++;
            _blockFirst[block] = index;
        }
    }

    /// <summary>The layer of a document no tokenizer has run on.</summary>
    public static TokenLayer None { get; } = new("", [], [], 0, []);

    public string Text { get; }

    public int Count { get; }

    /// <summary>The lemmas tokens refer to by index.</summary>
    public IReadOnlyList<string> Lemmas { get; }

    public ReadOnlySpan<Token> All => _tokens.AsSpan(0, Count);

    public ref readonly Token this[int index] => ref All[index];

    public ReadOnlySpan<char> TextOf(int index)
    {
        ref readonly var token = ref _tokens[index];
        return Text.AsSpan(token.Start, token.End - token.Start);
    }

    /// <summary>The case-blind number of token <paramref name="index"/> (<see cref="WordKeys"/>).</summary>
    internal int KeyOf(int index) => _keys[index];

    /// <summary>The lemma of an inflected cue word ("warned" → "warn"), else null.</summary>
    public string? LemmaOf(int index) => _tokens[index].Lemma >= 0 ? Lemmas[_tokens[index].Lemma] : null;

    /// <summary>Index of the first token that ends after <paramref name="offset"/>: the token containing it, else
    /// the next one (<see cref="Count"/> if none).</summary>
    public int IndexAt(int offset)
    {
        if (offset < 0) return 0;
        var block = offset >> BlockShift;
        int lo, hi;
        if (block + 1 < _blockFirst.Length)
        {
            (lo, hi) = (_blockFirst[block], _blockFirst[block + 1]);
            // The tokens ending inside one block are few: a plain scan.
            while (lo < hi && _tokens[lo].End <= offset) lo++;
            return lo;
        }
        (lo, hi) = (_blockFirst[^1], Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_tokens[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Indexes [First, End) of the tokens inside <paramref name="span"/>.</summary>
    public (int First, int End) Within(Span span)
    {
        var first = IndexAt(span.Start);
        var end = first;
        while (end < Count && _tokens[end].End <= span.End) end++;
        return (first, end);
    }

    /// <summary>Indexes [First, End) of the tokens lying wholly inside <paramref name="span"/>: <see cref="Within"/> without the
    /// token it opens on when that one starts before the span (a span cut at a character count can start inside a word).</summary>
    public (int First, int End) WhollyWithin(Span span)
    {
        var (first, end) = Within(span);
        return first < end && _tokens[first].Start < span.Start ? (first + 1, end) : (first, end);
    }
}
