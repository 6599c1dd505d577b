using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Parties;

/// <summary>
/// A closed list of marker phrases (a word class of party-words.tsv), read backwards over the token layer: whether one ends
/// right before a position, its words one space apart and one space before the position, all inside a window ("aid to X",
/// "channelled through the X"). Words compare as written, lower case: a capitalised "To" opening a sentence marks nothing,
/// unless the caller reads a title-case headline.
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

    private void Add(string phrase) => _root.Add(phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a phrase ends one space before <paramref name="offset"/>, starting at or after <paramref name="from"/>.</summary>
    public bool EndRightBefore(TokenLayer tokens, int offset, int from, bool ignoreCase = false)
    {
        var i = tokens.RightBefore(offset, from);
        for (var node = _root; i >= 0 && tokens[i].Start >= from; i--)
        {
            var word = tokens.TextOf(i);
            if (!node.TryNext(word, out var previous) || !ignoreCase && !word.SequenceEqual(previous.Word)) return false;
            if (previous.Ends) return true;
            if (!tokens.SpacedFromPrevious(i)) return false;
            node = previous;
        }
        return false;
    }
}
