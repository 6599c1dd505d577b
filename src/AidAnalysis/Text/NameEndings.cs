namespace AidAnalysis.Text;

/// <summary>
/// Lexicon entries of one or more words ("army", "central bank") asked of a name, word by word: whether the name's last words
/// are one of them with a word of its own before ("the Lebanese army", not "army" alone). Names are written with one space
/// between words, as the entries are; case is ignored, as a head may be capitalised in a title ("Lebanese Army").
/// </summary>
public sealed class NameEndings(IEnumerable<string> entries)
{
    private readonly string[] _entries = [.. entries];

    /// <summary>Whether the name ends in an entry with a space before it: then its last words are the entry's words and at
    /// least one word stands before them, read without splitting the name.</summary>
    public bool End(string name)
    {
        foreach (var entry in _entries)
            if (name.Length > entry.Length && name[name.Length - entry.Length - 1] == ' ' && name.EndsWith(entry, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }
}
