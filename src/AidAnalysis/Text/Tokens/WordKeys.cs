namespace AidAnalysis.Text.Tokens;

/// <summary>
/// A number for a word's ASCII characters read without case, worked out once per token by the tokenizer: word sets test it
/// against a bit table of their own words' numbers before reading any character, so the many rules that ask "is this token one
/// of the class" do not each hash the token's characters again. Words that equal each other ignoring case have the same number.
/// </summary>
internal static class WordKeys
{
    /// <summary>The number of a token holding a character beyond ASCII (or of no token): it is read by its characters.</summary>
    public const int None = 0;

    public static int Of(ReadOnlySpan<char> word)
    {
        // FNV-1a over the upper-cased characters. Ordinal comparison ignoring case never equates a character beyond ASCII
        // with an ASCII one (not even "ſ" with "s" or the Kelvin sign with "k"), so a word holding one can only equal other
        // such words: it has no number and is read by its characters.
        var hash = 2166136261u;
        foreach (var c in word)
        {
            if (c >= 128) return None;
            hash = (hash ^ (c is >= 'a' and <= 'z' ? c - 32u : c)) * 16777619u;
        }
        return (int)(hash | 1);
    }
}
