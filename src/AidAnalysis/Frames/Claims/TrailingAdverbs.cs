namespace AidAnalysis.Frames.Claims;

/// <summary>Adverbs and auxiliaries between a subject and its cue: "the minister also", "the Secretary has". Read backwards
/// from the end of a phrase, word by word, so each cue costs only the words it drops.</summary>
internal static class TrailingAdverbs
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "also", "later", "earlier", "yesterday", "today", "then", "further", "again", "however", "previously",
        "has", "have", "had", "will", "would", "is", "was",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The phrase without its trailing run of such words, each after exactly one whitespace character, and any
    /// whitespace after them; the phrase itself when it does not end in one.</summary>
    public static string Trim(string phrase)
    {
        var end = phrase.Length;
        while (end > 0 && char.IsWhiteSpace(phrase[end - 1])) end--;
        var cut = -1;
        while (end > 0 && !char.IsWhiteSpace(phrase[end - 1]))
        {
            var start = end;
            while (start > 0 && !char.IsWhiteSpace(phrase[start - 1])) start--;
            if (start == 0 || !Lookup.Contains(phrase.AsSpan(start..end))) break;
            cut = start - 1;
            end = start - 1;
        }
        return cut < 0 ? phrase : phrase[..cut];
    }
}
