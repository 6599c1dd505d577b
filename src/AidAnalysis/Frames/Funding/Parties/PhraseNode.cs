namespace AidAnalysis.Frames.Parties;

/// <summary>One word of a phrase list stored as a tree of words, shared by the phrases that begin (or end) with the same
/// words; a token's characters look up the next word without making a string.</summary>
internal sealed class PhraseNode(string word)
{
    private Dictionary<string, PhraseNode>? _next;

    /// <summary>The word as listed.</summary>
    public string Word { get; } = word;

    /// <summary>Whether a phrase ends at this word.</summary>
    public bool Ends { get; private set; }

    /// <summary>Adds <paramref name="words"/> under this node, in the order given.</summary>
    public void Add(IEnumerable<string> words, StringComparer comparer)
    {
        var node = this;
        foreach (var w in words)
        {
            node._next ??= new Dictionary<string, PhraseNode>(comparer);
            if (!node._next.TryGetValue(w, out var next)) node._next[w] = next = new PhraseNode(w);
            node = next;
        }
        node.Ends = true;
    }

    public bool TryNext(ReadOnlySpan<char> word, out PhraseNode next)
    {
        next = null!;
        return _next is not null && _next.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out next!);
    }
}
