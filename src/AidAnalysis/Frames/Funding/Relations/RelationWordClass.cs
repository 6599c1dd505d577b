using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>The entries of one kind of relation-words.tsv: single words and two-word phrases ("up to", "appealing for"), each
/// matched on tokens written one after the other with whitespace between, ignoring case.</summary>
internal sealed class RelationWordClass
{
    private readonly WordSet _words;
    private readonly (string First, string Second)[] _pairs;

    /// <exception cref="FormatException">An entry has more than two words.</exception>
    public RelationWordClass(IEnumerable<string> entries)
    {
        var words = new List<string>();
        var pairs = new List<(string, string)>();
        foreach (var entry in entries)
        {
            if (!entry.Contains(' ')) words.Add(entry);
            else if (entry.Split(' ') is [var first, var second]) pairs.Add((first, second));
            else throw new FormatException($"relation-words.tsv: {entry} is more than two words");
        }
        _words = new WordSet(words);
        _pairs = [.. pairs];
    }

    /// <summary>Whether token <paramref name="i"/> is a one-word entry.</summary>
    public bool Contains(TokenLayer tokens, int i) => tokens.IsAny(i, _words);

    /// <summary>Whether <paramref name="word"/> is a one-word entry.</summary>
    public bool IsWord(ReadOnlySpan<char> word) => _words.Contains(word);

    /// <summary>The first token of an entry whose last word is token <paramref name="i"/>, not before <paramref name="floor"/>; -1 if none.</summary>
    public int StartEndingAt(TokenLayer tokens, int i, int floor)
    {
        if (i < 0 || tokens[i].Start < floor) return -1;
        if (tokens.IsAny(i, _words)) return i;
        foreach (var (first, second) in _pairs)
            if (tokens.Is(i, second) && tokens.WordRightBeforeToken(i, floor) is var p and >= 0 && tokens.Is(p, first)) return p;
        return -1;
    }

    /// <summary>The last token of an entry whose first word is token <paramref name="i"/>, ending by <paramref name="ceiling"/>; -1 if none.</summary>
    public int EndStartingAt(TokenLayer tokens, int i, int ceiling)
    {
        if (i < 0 || i >= tokens.Count || tokens[i].End > ceiling) return -1;
        if (tokens.IsAny(i, _words)) return i;
        foreach (var (first, second) in _pairs)
            if (tokens.Is(i, first) && tokens.WordRightAfter(i, ceiling) is var n and >= 0 && tokens.Is(n, second)) return n;
        return -1;
    }
}
