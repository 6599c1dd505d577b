namespace AidAnalysis.Text.Tokens;

/// <summary>
/// A closed class of words (a lexicon file's entries) looked up by a token's characters without making a string,
/// ignoring case unless built case-sensitive: rules ask "is this token one of the class" once per token they visit.
/// </summary>
public sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    // Most words of a text are in no class: their first and last letters and length rule them out before any hashing.
    private readonly WordPrefilter _prefilter;

    /// <param name="caseSensitive">Whether a word counts only as written (ordinal) rather than in any case (ordinal,
    /// ignoring case): the prefilter ignores case, so it serves both, and no other comparison can be asked for.</param>
    public WordSet(IEnumerable<string> words, bool caseSensitive = false)
    {
        _words = new HashSet<string>(words, caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefilter = new WordPrefilter(_words);
    }

    public int Count => _words.Count;

    public bool Contains(ReadOnlySpan<char> word) => _prefilter.MayMatch(word) && _lookup.Contains(word);

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>Whether token <paramref name="index"/> of <paramref name="tokens"/> is one of the words (a valid index).</summary>
    public bool Contains(TokenLayer tokens, int index) => _prefilter.MayMatch(tokens, index) && _lookup.Contains(tokens.TextOf(index));
}
