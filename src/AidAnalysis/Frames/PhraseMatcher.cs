using AidAnalysis.Model;
using AidAnalysis.Recognizers;
using AidAnalysis.Text;

namespace AidAnalysis.Frames;

/// <summary>
/// Finds lexicon phrases as whole words, case-insensitively, in one pass over a window of the text
/// (longest phrase first at each word start).
/// </summary>
public sealed class PhraseMatcher<T>(IEnumerable<T> entries, Func<T, string> phrase)
{
    private readonly LiteralTrie<T> _trie = new(entries.Select(e => (phrase(e), e)), ignoreCase: true);

    public List<(T Entry, Span Span)> Find(WordStarts words, Span window) => _trie.Find(words, window);
}
