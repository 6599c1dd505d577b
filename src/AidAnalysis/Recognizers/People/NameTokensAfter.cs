using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>
/// The name tokens read forward from a name token, each after one whitespace character and the particles before it ("van der"),
/// as a pattern anchored at the start of a window (<c>^(?:\s Particles NameToken){1,n}</c>) reads them, from the tokens: a name
/// token is read whole (<see cref="TextPatterns.NameTokenEnd"/>, across the hyphens and apostrophes written inside it) and the
/// particles are whole tokens with one reading, so each count of tokens has one end.
/// </summary>
internal static class NameTokensAfter
{
    /// <summary>The particles a name may hold before a token (<see cref="TextPatterns.NameParticle"/>), as written.</summary>
    private static readonly WordSet Particles = new(TextPatterns.NameParticle.Split('|'), caseSensitive: true);

    /// <summary>Reads up to <c>ends.Length</c> name tokens after the name token <paramref name="token"/> (its end and the first token
    /// that starts at or after it), before <paramref name="limit"/>, and stores in <c>ends[k]</c> where the name of k + 1 tokens
    /// ends, with the first token that starts at or after that end; particles may stand before the first token only if
    /// <paramref name="particlesFirst"/>. Returns how many tokens were read.</summary>
    public static int Read(TokenLayer tokens, (int End, int Next) token, int limit, bool particlesFirst, Span<(int End, int Next)> ends)
    {
        var count = 0;
        while (count < ends.Length && token.End < limit && AfterOneWhitespace(tokens, token.End, token.Next))
        {
            var start = count > 0 || particlesFirst ? AfterParticles(tokens, token.Next, limit) : token.Next;
            token = NameToken(tokens, tokens[start].Start, start, limit);
            if (token.End < 0) break;
            ends[count++] = token;
        }
        return count;
    }

    /// <summary><see cref="Read(TokenLayer, ValueTuple{int, int}, int, bool, Span{ValueTuple{int, int}})"/> from the position
    /// <paramref name="at"/>, where the whitespace character before the first token must stand.</summary>
    public static int Read(TokenLayer tokens, int at, int limit, bool particlesFirst, Span<(int End, int Next)> ends) =>
        Read(tokens, (at, tokens.FirstStartingFrom(at)), limit, particlesFirst, ends);

    /// <summary>Where the name token at <paramref name="at"/> ends (<see cref="TextPatterns.NameTokenEnd"/>), token
    /// <paramref name="index"/> being the first that ends after <paramref name="at"/>, and the first token that starts at or after
    /// that end; End is -1 if no name token starts there.</summary>
    public static (int End, int Next) NameToken(TokenLayer tokens, int at, int index, int limit)
    {
        var end = TextPatterns.NameTokenEnd(tokens.Text, at, limit);
        if (end < 0) return (-1, -1);
        var next = index;
        while (next < tokens.Count && tokens[next].Start < end) next++;
        return (end, next);
    }

    /// <summary>Whether token <paramref name="next"/> starts one character after <paramref name="end"/>, a whitespace character
    /// between: no token holds the character at <paramref name="end"/>.</summary>
    private static bool AfterOneWhitespace(TokenLayer tokens, int end, int next) =>
        next < tokens.Count && tokens[next].Start == end + 1 && (next == 0 || tokens[next - 1].End <= end);

    /// <summary>The token after the particles that token <paramref name="index"/> opens ("van der Linden" → "Linden", "al-Rashidi" →
    /// "Rashidi"), each followed by one whitespace character or a hyphen, before <paramref name="limit"/>, when a capital opens it;
    /// <paramref name="index"/> itself otherwise.</summary>
    private static int AfterParticles(TokenLayer tokens, int index, int limit)
    {
        var at = index;
        for (var particles = 0; particles < TextPatterns.ParticlesInARow; particles++)
        {
            if (!tokens.IsAny(at, Particles) || tokens[at].End + 1 >= limit) break;
            var end = tokens[at].End;
            // The token after the hyphen written against the particle, or after the one whitespace character that follows it.
            var after = tokens.IsMark(at + 1, '-') && tokens[at + 1].Start == end ? at + 2
                : at + 1 >= tokens.Count || tokens[at + 1].Start > end ? at + 1 : -1;
            if (after < 0) break;
            if (after >= tokens.Count || tokens[after].Start != end + 1) return index;
            at = after;
        }
        return at > index && TextPatterns.IsUpperLetter(tokens.Text[tokens[at].Start]) ? at : index;
    }
}
