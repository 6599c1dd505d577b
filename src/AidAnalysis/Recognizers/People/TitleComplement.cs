using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>
/// How a title's complement is written in one place where it is read: the words that may open it ("of", "for"), which characters
/// its capitalised words hold besides letters, whether "and" may join them, how many words it holds at most, and how far after
/// the title it is read.
/// </summary>
internal sealed record TitleComplementGrammar(string[] Heads, bool FullStops, bool Apostrophes, bool AndJoins, int MostWords, int Reach)
{
    /// <summary>Whether a capitalised word of the complement may hold a character after its capital.</summary>
    public Func<char, bool> Holds { get; } = FullStops
        ? Apostrophes ? static c => char.IsLetter(c) || c == '.' || WordCharacters.IsApostrophe(c) : static c => char.IsLetter(c) || c == '.'
        : Apostrophes ? static c => char.IsLetter(c) || WordCharacters.IsApostrophe(c) : static c => char.IsLetter(c);
}

/// <summary>
/// The one reader of a title's complement, from the tokens: one space, a head word, "the" (when a word follows it), then capitalised
/// words of two or more characters, one space before each, "and" joining them where the grammar allows ("Minister of Health",
/// "Director for the Water Resources and Coastal Recovery"). A word runs across the tokens written against it ("U.N.", "Peru’s")
/// and ends at the first character it may not hold, or at the reach.
/// </summary>
internal static class TitleComplement
{
    /// <summary>Reads the complement after the title ending at <paramref name="titleEnd"/>, token <paramref name="next"/> being the
    /// first that starts at or after it, within the grammar's reach: <c>words[k]</c> is where its k + 1 words end and the first token
    /// that starts at or after that end. Returns how many words were read (0 when no complement follows).</summary>
    public static int Read(TokenLayer tokens, int titleEnd, int next, TitleComplementGrammar grammar, Span<(int End, int Next)> words)
    {
        var limit = Math.Min(tokens.Text.Length, titleEnd + grammar.Reach);
        var i = tokens.AfterOneSpace(titleEnd, next, limit);
        if (!IsHead(tokens, i, grammar.Heads)) return 0;
        i = tokens.AfterOneSpace(tokens[i].End, i + 1, limit);
        if (tokens.IsExactly(i, "the") && tokens.AfterOneSpace(tokens[i].End, i + 1, limit) is >= 0 and var afterThe) i = afterThe;
        var count = 0;
        while (count < Math.Min(grammar.MostWords, words.Length) && CapitalisedWord(tokens, i, limit, grammar) is (>= 0, _) and var word)
        {
            words[count++] = word;
            i = tokens.AfterOneSpace(word.End, word.Next, limit);
            if (grammar.AndJoins && tokens.IsExactly(i, "and") && tokens.AfterOneSpace(tokens[i].End, i + 1, limit) is >= 0 and var afterAnd) i = afterAnd;
        }
        return count;
    }

    private static bool IsHead(TokenLayer tokens, int index, string[] heads)
    {
        foreach (var head in heads)
            if (tokens.IsExactly(index, head)) return true;
        return false;
    }

    /// <summary>The capitalised word of two or more characters that token <paramref name="index"/> opens: where it ends and the first
    /// token that starts at or after its end; End is -1 if none opens there.</summary>
    private static (int End, int Next) CapitalisedWord(TokenLayer tokens, int index, int limit, TitleComplementGrammar grammar)
    {
        if ((uint)index >= (uint)tokens.Count || tokens[index].Start >= limit || !TextPatterns.IsUpperLetter(tokens.Text[tokens[index].Start])) return (-1, -1);
        var (end, next) = tokens.GluedRunEnd(index, limit, grammar.Holds);
        return end - tokens[index].Start >= 2 ? (end, next) : (-1, -1);
    }
}
