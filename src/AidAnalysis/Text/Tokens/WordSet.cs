namespace AidAnalysis.Text.Tokens;

/// <summary>
/// A closed class of words (a lexicon file's entries) looked up by a token's characters without making a string,
/// ignoring case: rules ask "is this token one of the class" once per token they visit.
/// </summary>
public sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _words.Count;

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public bool Contains(string word) => _words.Contains(word);
}
