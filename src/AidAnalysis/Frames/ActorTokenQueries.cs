using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>Token questions the actor and aid-item stages ask about the words written against a name or an item.</summary>
internal static class ActorTokenQueries
{
    /// <summary>Whether a hyphen written right at <paramref name="end"/> joins a letter word after it ("Belgium-based",
    /// "drone-detection"): what ends there is the first part of a compound modifier.</summary>
    public static bool HyphenatedOnward(this TokenLayer tokens, int end) =>
        tokens.FirstStartingFrom(end) is var hyphen && tokens.IsMark(hyphen, '-') && tokens[hyphen].Start == end
        && hyphen + 1 < tokens.Count && tokens[hyphen + 1].Start == tokens[hyphen].End && char.IsLetter(tokens.TextOf(hyphen + 1)[0]);

    /// <summary>The word-like token written right before <paramref name="start"/> with a hyphen between and no whitespace
    /// ("anti-" before "tank"), starting at or after <paramref name="floor"/>; -1 otherwise.</summary>
    public static int WordHyphenatedBefore(this TokenLayer tokens, int start, int floor)
    {
        var hyphen = tokens.LastEndingBy(start);
        if (!tokens.IsMark(hyphen, '-') || tokens[hyphen].End != start) return -1;
        var word = hyphen - 1;
        return word >= 0 && tokens[word].End == tokens[hyphen].Start && tokens[word].Start >= floor && tokens[word].IsWordLike ? word : -1;
    }

    /// <summary>The word before <paramref name="position"/> across spaces and commas, as a place or a preposition is read
    /// there: letter words joined by full stops and hyphens ("St.Kitts", "Port-au-Prince") ending in a letter word, written
    /// last before it with only spaces and commas between. Its start is written to <paramref name="position"/>; empty when
    /// the nearest token before is no such word (a number, a quote, a line break between).</summary>
    public static ReadOnlySpan<char> WordBeforeAcrossCommas(this TokenLayer tokens, scoped ref int position)
    {
        var last = tokens.LastEndingBy(position);
        return tokens.WordBeforeAcrossCommas(ref last, ref position);
    }

    /// <summary><see cref="WordBeforeAcrossCommas(TokenLayer, ref int)"/> carrying the token index as well: <paramref name="last"/>
    /// is the last token that ends at or before <paramref name="position"/>, and after a word is read it is the token before
    /// the word, so a reader that steps back word after word never searches an offset again.</summary>
    public static ReadOnlySpan<char> WordBeforeAcrossCommas(this TokenLayer tokens, scoped ref int last, scoped ref int position)
    {
        if (tokens.WordRunAcrossCommas(last, position, IsLetterWord, IsLetterWord) is not (>= 0 and var first, var end)) return [];
        position = tokens[first].Start;
        last = first - 1;
        return tokens.Text.AsSpan(position, tokens[end].End - position);
    }

    private static bool IsLetterWord(TokenLayer tokens, int index) => tokens.IsLetters(index);
}
