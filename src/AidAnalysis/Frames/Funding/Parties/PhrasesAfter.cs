using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// A closed list of phrases read forwards over the token layer: whether one starts one space after a position, its words one
/// space apart, and ends inside a window ("X’s armed forces", "the Xian embassy"). Words compare as written.
/// </summary>
internal sealed class PhrasesAfter
{
    private readonly PhraseNode _root = new("");

    public PhrasesAfter(IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases) _root.Add(phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
    }

    /// <summary>The phrases of every combination of an optional word of each of <paramref name="optional"/>, in order, and a
    /// head of <paramref name="heads"/> ("new humanitarian aid", "aid").</summary>
    public static IEnumerable<string> Combinations(IEnumerable<IReadOnlyList<string>> optional, IEnumerable<string> heads) =>
        optional.Reverse().Aggregate(heads, (rest, words) => rest.Concat(words.SelectMany(w => rest.Select(r => $"{w} {r}"))).ToList());

    /// <summary>Whether a phrase starts one space after <paramref name="offset"/> and ends at or before <paramref name="to"/>.</summary>
    public bool StartRightAfter(TokenLayer tokens, int offset, int to)
    {
        var text = tokens.Text;
        if (offset >= text.Length || !char.IsWhiteSpace(text[offset])) return false;
        var i = tokens.FirstStartingFrom(offset + 1);
        return i < tokens.Count && tokens[i].Start == offset + 1 && EndStartingAt(tokens, i, to) >= 0;
    }

    /// <summary>The last token of the first phrase that starts with token <paramref name="first"/> and ends at or before
    /// <paramref name="to"/>, else -1.</summary>
    public int EndStartingAt(TokenLayer tokens, int first, int to)
    {
        for (var (node, i) = (_root, first); i < tokens.Count && tokens[i].End <= to; i++)
        {
            if (!node.TryNext(tokens.TextOf(i), out var next)) return -1;
            if (next.Ends) return i;
            if (!tokens.SpacedFromPrevious(i + 1, WordSpacing.OneWhitespace)) return -1;
            node = next;
        }
        return -1;
    }
}
