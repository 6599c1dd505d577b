using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// A closed list of marker phrases (a word class of party-words.tsv), read backwards over the token layer: whether one ends
/// right before a position, its words one space apart and one space before the position, all inside a window ("aid to X",
/// "channelled through the X"). Words compare as written, lower case: a capitalised "To" opening a sentence marks nothing.
/// </summary>
internal sealed class PhrasesBefore
{
    private readonly PhraseNode _root = new("");

    /// <param name="optionalThe">Whether "the" may stand between the phrase and the position ("through the X").</param>
    public PhrasesBefore(IEnumerable<string> phrases, bool optionalThe = false)
    {
        foreach (var phrase in phrases)
        {
            Add(phrase);
            if (optionalThe) Add(phrase + " the");
        }
    }

    private void Add(string phrase) => _root.Add(phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse(), StringComparer.Ordinal);

    /// <summary>Whether a phrase ends one space before <paramref name="offset"/>, starting at or after <paramref name="from"/>.</summary>
    public bool EndRightBefore(TokenLayer tokens, int offset, int from) => EndsAt(tokens, tokens.RightBefore(offset, from), from);

    /// <summary>Whether a phrase ends with token <paramref name="last"/> (found by <see cref="PartyTokenQueries.RightBefore"/>,
    /// once for several lists), starting at or after <paramref name="from"/>.</summary>
    public bool EndsAt(TokenLayer tokens, int last, int from)
    {
        for (var (node, i) = (_root, last); i >= 0 && tokens[i].Start >= from; i--)
        {
            if (!node.TryNext(tokens.TextOf(i), out var previous)) return false;
            if (previous.Ends) return true;
            if (!tokens.SpacedFromPrevious(i, WordSpacing.OneWhitespace)) return false;
            node = previous;
        }
        return false;
    }
}
