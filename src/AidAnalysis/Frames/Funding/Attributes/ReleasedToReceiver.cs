using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>"released $1 million to Nigeria", "released an extra $2 million in aid to the Freedonian government": money
/// released to a named receiver is handed over (delivered), while money released "in funding" or "to help ..." is made
/// available from a budget or fund (allocated). "to" must come before a name, not before a verb ("to help"). The words
/// between, counted and inside the sentence, bound both sides.</summary>
internal static class ReleasedToReceiver
{
    /// <summary>How many words may stand between "released" and the amount, and between the amount and "to".</summary>
    private const int Between = 2;

    public static bool Holds(TokenLayer tokens, Span sentence, Span amount) =>
        ReleasedBefore(tokens, sentence.Start, amount.Start) && ToNamedReceiverAfter(tokens, amount.End, sentence.End);

    private static bool ReleasedBefore(TokenLayer tokens, int floor, int offset)
    {
        var word = tokens.WordRightBefore(offset, floor, WordSpacing.OneWhitespace);
        for (var between = 0; between <= Between && word >= 0; between++)
        {
            if (tokens.IsExactly(word, "released")) return true;
            if (!tokens.IsLetters(word)) return false;
            word = tokens.WordRightBefore(tokens[word].Start, floor, WordSpacing.OneWhitespace);
        }
        return false;
    }

    private static bool ToNamedReceiverAfter(TokenLayer tokens, int offset, int ceiling)
    {
        var word = tokens.WordRightAfter(offset, ceiling, WordSpacing.OneWhitespace);
        for (var between = 0; between <= Between && word >= 0; between++)
        {
            if (tokens.IsExactly(word, "to") && NameAfter(tokens, word, ceiling)) return true;
            if (!tokens.IsLetters(word, lowerOnly: true)) return false;
            word = tokens.WordRightAfter(tokens[word].End, ceiling, WordSpacing.OneWhitespace);
        }
        return false;
    }

    /// <summary>Whether a capitalised word follows <paramref name="to"/>, or "the" and a capitalised word.</summary>
    private static bool NameAfter(TokenLayer tokens, int to, int ceiling)
    {
        var next = NextStarting(tokens, tokens[to].End, ceiling);
        if (next >= 0 && char.IsUpper(tokens.Text[tokens[next].Start])) return true;
        return tokens.IsExactly(next, "the") && NextStarting(tokens, tokens[next].End, ceiling) is var name and >= 0
            && char.IsUpper(tokens.Text[tokens[name].Start]);
    }

    /// <summary>The token whose first character stands one whitespace character after <paramref name="offset"/>, before
    /// <paramref name="ceiling"/>.</summary>
    private static int NextStarting(TokenLayer tokens, int offset, int ceiling)
    {
        if (offset + 1 >= ceiling || !char.IsWhiteSpace(tokens.Text[offset])) return -1;
        var i = tokens.FirstStartingFrom(offset);
        return i < tokens.Count && tokens[i].Start == offset + 1 ? i : -1;
    }
}
