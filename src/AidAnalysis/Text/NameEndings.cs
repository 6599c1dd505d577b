namespace AidAnalysis.Text;

/// <summary>
/// Lexicon entries of one or more words ("army", "central bank") asked of a name, word by word: whether the name's last words
/// are one of them with a word of its own before ("the Lebanese army", not "army" alone). Names are written with one space
/// between words, as the entries are; case is ignored, as a head may be capitalised in a title ("Lebanese Army").
/// </summary>
public sealed class NameEndings(IEnumerable<string> entries)
{
    private readonly string[][] _entries = [.. entries.Select(e => e.Split(' '))];

    public bool End(string name)
    {
        var words = name.Split(' ');
        foreach (var entry in _entries)
            if (words.Length > entry.Length && words.AsSpan(words.Length - entry.Length).SequenceEqual(entry, StringComparer.OrdinalIgnoreCase))
                return true;
        return false;
    }
}
