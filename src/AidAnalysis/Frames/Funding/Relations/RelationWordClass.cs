using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Relations;

/// <summary>The entries of one kind of relation-words.tsv: single words and phrases ("up to", "made up of"), each matched on
/// tokens written one after the other with whitespace between, ignoring case.</summary>
internal sealed class RelationWordClass
{
    private readonly WordSet _words;
    private readonly string[][] _phrases;

    /// <summary>Every entry split into its words, in file order (an array: the rules walk it for every token they test).</summary>
    public string[][] Entries { get; }

    /// <summary>Every entry with its words joined by one space, in the order of <see cref="Entries"/>.</summary>
    public string[] Joined { get; }

    public RelationWordClass(IEnumerable<string> entries)
    {
        var words = new List<string>();
        var phrases = new List<string[]>();
        foreach (var entry in entries)
        {
            if (!entry.Contains(' ')) words.Add(entry);
            else phrases.Add(entry.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        _words = new WordSet(words);
        _phrases = [.. phrases];
        Entries = [.. entries.Select(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        Joined = [.. Entries.Select(e => string.Join(' ', e))];
    }

    /// <summary>Whether token <paramref name="i"/> is a one-word entry.</summary>
    public bool Contains(TokenLayer tokens, int i) => tokens.IsAny(i, _words);

    /// <summary>Whether any token of <paramref name="range"/> (as <see cref="TokenLayer.Within"/> or
    /// <see cref="TokenLayer.WhollyWithin"/> give it) is a one-word entry.</summary>
    public bool AnyIn(TokenLayer tokens, (int First, int End) range)
    {
        for (var i = range.First; i < range.End; i++)
            if (Contains(tokens, i)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="word"/> is a one-word entry.</summary>
    public bool IsWord(ReadOnlySpan<char> word) => _words.Contains(word);

    /// <summary>The first token of an entry whose last word is token <paramref name="i"/>, not before <paramref name="floor"/>; -1 if none.</summary>
    public int StartEndingAt(TokenLayer tokens, int i, int floor)
    {
        if (i < 0 || tokens[i].Start < floor) return -1;
        if (tokens.IsAny(i, _words)) return i;
        foreach (var phrase in _phrases)
        {
            var j = i;
            for (var k = phrase.Length - 1; k >= 0 && j >= 0; k--)
                j = !tokens.Is(j, phrase[k]) ? -1 : k > 0 ? tokens.WordRightBeforeToken(j, floor) : j;
            if (j >= 0) return j;
        }
        return -1;
    }

    /// <summary>The last token of an entry whose first word is token <paramref name="i"/>, ending by <paramref name="ceiling"/>; -1 if none.</summary>
    public int EndStartingAt(TokenLayer tokens, int i, int ceiling)
    {
        if (i < 0 || i >= tokens.Count || tokens[i].End > ceiling) return -1;
        if (tokens.IsAny(i, _words)) return i;
        foreach (var phrase in _phrases)
        {
            var j = i;
            for (var k = 0; k < phrase.Length && j >= 0; k++)
                j = !tokens.Is(j, phrase[k]) ? -1 : k < phrase.Length - 1 ? tokens.WordRightAfterToken(j, ceiling) : j;
            if (j >= 0) return j;
        }
        return -1;
    }
}
