namespace AidAnalysis.Recognizers.People;

/// <summary>
/// The name tokens read forward from a position, each after one whitespace character and the particles before it ("van der"),
/// as a pattern anchored at the start of a window (<c>^(?:\s Particles NameToken){1,n}</c>) reads them, by hand: a name token
/// is read whole (<see cref="TextPatterns.NameTokenEnd"/>) and the particles have one reading, so each count of tokens has one end.
/// </summary>
internal static class NameTokensAfter
{
    /// <summary>Reads up to <c>ends.Length</c> name tokens from the whitespace character at <paramref name="at"/>, before
    /// <paramref name="limit"/>, and stores in <c>ends[k]</c> where the name of k + 1 tokens ends; particles may stand before
    /// the first token only if <paramref name="particlesFirst"/>. Returns how many tokens were read.</summary>
    public static int Read(string text, int at, int limit, bool particlesFirst, Span<int> ends)
    {
        var count = 0;
        while (count < ends.Length && at < limit && char.IsWhiteSpace(text[at]))
        {
            var start = count > 0 || particlesFirst ? TextPatterns.AfterParticles(text, at + 1, limit) : at + 1;
            var end = TextPatterns.NameTokenEnd(text, start, limit);
            if (end < 0) break;
            ends[count++] = at = end;
        }
        return count;
    }
}
