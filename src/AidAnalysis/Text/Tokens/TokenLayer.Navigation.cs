using AidAnalysis.Model;

namespace AidAnalysis.Text.Tokens;

/// <summary>
/// Questions rules ask of the tokens around a position: the word before or after, within the sentence, compared
/// without case. Rules call these instead of measuring character windows or splitting text into words themselves.
/// Every method returns a token index, or -1 when there is no such token.
/// </summary>
public sealed partial class TokenLayer
{
    /// <summary>The last token that ends at or before <paramref name="offset"/>.</summary>
    public int LastEndingBy(int offset) => IndexAt(offset) - 1;

    /// <summary>The first token that starts at or after <paramref name="offset"/> (<see cref="Count"/> if none).</summary>
    public int FirstStartingFrom(int offset)
    {
        var index = IndexAt(offset);
        return index < Count && _tokens[index].Start < offset ? index + 1 : index;
    }

    /// <summary>The nearest word-like token (word, number or clitic) before <paramref name="index"/> in the same sentence.</summary>
    public int PreviousWord(int index)
    {
        if ((uint)index > (uint)Count) return -1;
        var sentence = index < Count ? _tokens[index].Sentence : int.MinValue;
        for (var i = index - 1; i >= 0; i--)
        {
            if (sentence != int.MinValue && _tokens[i].Sentence != sentence) return -1;
            if (_tokens[i].IsWordLike) return i;
        }
        return -1;
    }

    /// <summary>The nearest word-like token after <paramref name="index"/> in the same sentence.</summary>
    public int NextWord(int index)
    {
        if ((uint)index >= (uint)Count) return -1;
        var sentence = _tokens[index].Sentence;
        for (var i = index + 1; i < Count; i++)
        {
            if (_tokens[i].Sentence != sentence) return -1;
            if (_tokens[i].IsWordLike) return i;
        }
        return -1;
    }

    /// <summary>The word-like token that ends last at or before <paramref name="offset"/>, staying inside <paramref name="scope"/>.</summary>
    public int WordBefore(int offset, Span scope)
    {
        for (var i = LastEndingBy(offset); i >= 0 && _tokens[i].Start >= scope.Start; i--)
            if (_tokens[i].IsWordLike) return i;
        return -1;
    }

    /// <summary>The word-like token that starts first at or after <paramref name="offset"/>, staying inside <paramref name="scope"/>.</summary>
    public int WordAfter(int offset, Span scope)
    {
        for (var i = FirstStartingFrom(offset); i < Count && _tokens[i].End <= scope.End; i++)
            if (_tokens[i].IsWordLike) return i;
        return -1;
    }

    /// <summary>Whether token <paramref name="index"/> is <paramref name="word"/>, ignoring case (false for -1).</summary>
    public bool Is(int index, string word) =>
        (uint)index < (uint)Count && TextOf(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether token <paramref name="index"/> belongs to <paramref name="words"/> (false for -1).</summary>
    public bool IsAny(int index, WordSet words) => (uint)index < (uint)Count && words.Contains(TextOf(index));

    /// <summary>The word-like tokens inside <paramref name="span"/>, counted.</summary>
    public int WordsIn(Span span)
    {
        var (first, end) = Within(span);
        var words = 0;
        for (var i = first; i < end; i++)
            if (_tokens[i].IsWordLike) words++;
        return words;
    }

    /// <summary>Whether any token inside <paramref name="span"/> is the punctuation mark <paramref name="mark"/>.</summary>
    public bool HasMark(Span span, char mark)
    {
        var (first, end) = Within(span);
        for (var i = first; i < end; i++)
            if (_tokens[i].Kind == TokenKind.Punctuation && _tokens[i].Length == 1 && Text[_tokens[i].Start] == mark) return true;
        return false;
    }
}
