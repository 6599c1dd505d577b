namespace AidAnalysis.Frames.Claims;

/// <summary>Whether a stretch of text holds a full stop that ends a sentence, not the periods of an
/// abbreviation ("U.S. Secretary of State X told ...", "Mr. X said").</summary>
internal static class SentenceStop
{
    public static bool HasStop(ReadOnlySpan<char> phrase)
    {
        for (var i = phrase.IndexOf('.'); i >= 0; i = NextPeriod(phrase, i))
            if (!EndsAbbreviation(phrase, i)) return true;
        return false;
    }

    private static int NextPeriod(ReadOnlySpan<char> phrase, int after)
    {
        var next = phrase[(after + 1)..].IndexOf('.');
        return next < 0 ? -1 : after + 1 + next;
    }

    /// <summary>"U.S.", "e.g.", "Mr.": the period closes a word of at most two letters, or one that holds another period.</summary>
    private static bool EndsAbbreviation(ReadOnlySpan<char> phrase, int period)
    {
        var start = period;
        while (start > 0 && !char.IsWhiteSpace(phrase[start - 1])) start--;
        var word = phrase[start..period];
        return word.Length > 0 && (word.Length <= 2 || word.Contains('.'));
    }
}
