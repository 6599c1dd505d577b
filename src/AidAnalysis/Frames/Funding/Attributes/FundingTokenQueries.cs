using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>Token questions the funding attribute rules ask: whether a run of words spells a phrase, and the runs written
/// without whitespace. Words are compared as written (the rules' word classes are lower-case, as the patterns they replace
/// were), and words of a phrase stand one whitespace character apart (<see cref="WordSpacing.OneWhitespace"/>).</summary>
internal static class FundingTokenQueries
{
    /// <summary>The first token of <paramref name="phrase"/> when it ends with token <paramref name="last"/> and starts at
    /// or after <paramref name="floor"/>, else -1.</summary>
    public static int PhraseEndingAt(this TokenLayer tokens, int last, string[] phrase, int floor)
    {
        var i = last;
        for (var w = phrase.Length - 1; w >= 0; w--)
        {
            if (!tokens.IsExactly(i, phrase[w]) || tokens[i].Start < floor) return -1;
            if (w > 0) i = tokens.WordRightBefore(tokens[i].Start, floor, WordSpacing.OneWhitespace);
        }
        return i;
    }

    /// <summary>The last token of <paramref name="phrase"/> when it starts with token <paramref name="first"/> and ends at
    /// or before <paramref name="ceiling"/>, else -1.</summary>
    public static int PhraseStartingAt(this TokenLayer tokens, int first, string[] phrase, int ceiling)
    {
        var i = first;
        for (var w = 0; w < phrase.Length; w++)
        {
            if (!tokens.IsExactly(i, phrase[w]) || tokens[i].End > ceiling) return -1;
            if (w < phrase.Length - 1) i = tokens.WordRightAfter(tokens[i].End, ceiling, WordSpacing.OneWhitespace);
        }
        return i;
    }

    /// <summary>Where the run of adjacent letter words and hyphens that starts with token <paramref name="first"/> ends
    /// ("multi-year", "Extended"), or -1 when that token is neither.</summary>
    public static int LetterChunkEnd(this TokenLayer tokens, int first)
    {
        var i = first;
        while (true)
        {
            if (!(tokens.IsLetters(i) || (uint)i < (uint)tokens.Count && tokens.TextOf(i) is "-")) return -1;
            if (i + 1 >= tokens.Count || tokens[i + 1].Start != tokens[i].End) return tokens[i].End;
            i++;
        }
    }

    /// <summary>The runs of tokens written without whitespace between them ("Freedonia's", "$5", "mid-year": the words as a
    /// reader splits them at spaces) that end one whitespace character before <paramref name="before"/> ends, each one whitespace
    /// character after the one before it and none starting before <paramref name="before"/> starts; the last run first, at most
    /// as many as <paramref name="chunks"/> holds. Returns how many were written. With <paramref name="read"/> above zero, the
    /// first <paramref name="read"/> runs are those an earlier call wrote into a shorter buffer, and the walk goes on from the
    /// last of them: the runs are those one call with the longer buffer writes.</summary>
    public static int ChunksBefore(this TokenLayer tokens, Model.Span before, Span<(int First, int Last)> chunks, int read = 0)
    {
        int last;
        if (read == 0)
        {
            last = tokens.TokenRightBefore(before.End, 0, WordSpacing.OneWhitespace);
            if (last < 0) return 0;
        }
        else
        {
            var previous = chunks[read - 1].First;
            last = previous - 1;
            if (!tokens.SpacedFromPrevious(previous, WordSpacing.OneWhitespace)) return read;
        }
        var count = read;
        while (count < chunks.Length)
        {
            var first = tokens.ChunkEndingAt(last);
            if (tokens[first].Start < before.Start) break;
            chunks[count++] = (first, last);
            last = first - 1;
            if (!tokens.SpacedFromPrevious(first, WordSpacing.OneWhitespace)) break;
        }
        return count;
    }

    /// <summary>The first token of the run written without whitespace that ends with token <paramref name="last"/> ("one-off").</summary>
    public static int ChunkEndingAt(this TokenLayer tokens, int last)
    {
        var first = last;
        while (first > 0 && tokens[first - 1].End == tokens[first].Start) first--;
        return first;
    }

    /// <summary>The first token inside <paramref name="span"/> written exactly <paramref name="word"/>, or -1.</summary>
    public static int FirstExactly(this TokenLayer tokens, Model.Span span, string word)
    {
        for (var i = tokens.FirstStartingFrom(span.Start); i < tokens.Count && tokens[i].End <= span.End; i++)
            if (tokens.IsExactly(i, word)) return i;
        return -1;
    }

    /// <summary>Whether tokens <paramref name="first"/> to <paramref name="last"/> are all letter words or hyphens ("mid-year").</summary>
    public static bool IsLetterRun(this TokenLayer tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
            if (!tokens.IsLetters(i) && !tokens.TextOf(i).SequenceEqual("-")) return false;
        return true;
    }

    /// <summary>The last token of the run written without whitespace from token <paramref name="first"/> that spells
    /// <paramref name="written"/> exactly ("multi-year"), ending by <paramref name="ceiling"/>; -1 if none.</summary>
    public static int SpelledFrom(this TokenLayer tokens, int first, string written, int ceiling)
    {
        var at = 0;
        for (var i = first; i < tokens.Count && tokens[i].End <= ceiling && (i == first || tokens[i].Start == tokens[i - 1].End); i++)
        {
            var part = tokens.TextOf(i);
            if (!written.AsSpan(at).StartsWith(part)) return -1;
            at += part.Length;
            if (at == written.Length) return i;
        }
        return -1;
    }

    /// <summary>Whether the part inside <paramref name="window"/> of any token holds <paramref name="part"/>, ignoring case
    /// unless <paramref name="comparison"/> says otherwise ("since", "repay" in "repayment").</summary>
    public static bool AnyContains(this TokenLayer tokens, Model.Span window, string part, StringComparison comparison = StringComparison.OrdinalIgnoreCase)
    {
        for (var i = tokens.IndexAt(window.Start); i < tokens.Count && tokens[i].Start < window.End; i++)
        {
            int from = Math.Max(tokens[i].Start, window.Start), to = Math.Min(tokens[i].End, window.End);
            if (to - from >= part.Length && tokens.Text.AsSpan(from, to - from).Contains(part, comparison)) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="word"/> is made of letters, apostrophes and hyphens only ("flood-hit", "O’Brien’s").</summary>
    public static bool IsLetterWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsLetter(c) && c is not ('\'' or '’' or '-')) return false;
        return word.Length > 0;
    }
}
