using AidAnalysis.Model;

namespace AidAnalysis.Text.Tokens;

/// <summary>How two words must be written apart to be read as next to each other: one whitespace character (the spacing
/// the rules' hand-written patterns spelled, "\s"), any run of whitespace, or one space character exactly (a pattern's " ").</summary>
public enum WordSpacing
{
    OneWhitespace,
    AnyWhitespace,
    OneSpace,
}

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
    public bool IsAny(int index, WordSet words) => (uint)index < (uint)Count && words.Contains(this, index);

    /// <summary>The word-like tokens inside <paramref name="span"/>, counted.</summary>
    public int WordsIn(Span span)
    {
        var (first, end) = Within(span);
        return WordCount(first, end);
    }

    /// <summary>Word-like tokens among [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public int WordCount(int first, int end)
    {
        var words = 0;
        for (var i = first; i < end; i++)
            if (_tokens[i].IsWordLike) words++;
        return words;
    }

    /// <summary>Whether any token inside <paramref name="span"/> holds the character <paramref name="c"/>: a mark, or a
    /// character inside a word or number ("," in "1,500" too).</summary>
    public bool AnyHolds(Span span, char c)
    {
        var (first, end) = WhollyWithin(span);
        for (var i = first; i < end; i++)
            if (TextOf(i).Contains(c)) return true;
        return false;
    }

    /// <summary>Whether a line break stands in the whitespace between token <paramref name="index"/> and the one before it
    /// (false for the first token).</summary>
    public bool BreaksLineBefore(int index) =>
        index > 0 && Text.AsSpan(_tokens[index - 1].End, _tokens[index].Start - _tokens[index - 1].End).Contains('\n');

    /// <summary>Whether token <paramref name="index"/> is a word of letters only, or of lower-case letters only (false for -1).</summary>
    public bool IsLetters(int index, bool lowerOnly = false)
    {
        if ((uint)index >= (uint)Count || _tokens[index].Kind != TokenKind.Word) return false;
        foreach (var c in TextOf(index))
            if (lowerOnly ? !char.IsLower(c) : !char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>Whether token <paramref name="i"/> is the one-character punctuation mark <paramref name="mark"/> (false for -1).</summary>
    public bool IsMark(int i, char mark) =>
        (uint)i < (uint)Count && _tokens[i].Kind == TokenKind.Punctuation && _tokens[i].Length == 1 && Text[_tokens[i].Start] == mark;

    /// <summary>Whether token <paramref name="i"/> is a dash of one character: a hyphen, an en dash or an em dash (false for -1).
    /// The datelines and a news agency's credit set a stretch off with one.</summary>
    public bool IsDash(int i) => IsMark(i, '-') || IsMark(i, '–') || IsMark(i, '—');

    /// <summary>The token written right before <paramref name="offset"/>, only whitespace between as <paramref name="spacing"/>
    /// allows, starting at or after <paramref name="floor"/>; -1 otherwise.</summary>
    public int TokenRightBefore(int offset, int floor, WordSpacing spacing)
    {
        var i = LastEndingBy(offset);
        if (i < 0 || _tokens[i].Start < floor) return -1;
        var end = _tokens[i].End;
        return spacing == WordSpacing.AnyWhitespace
            ? end < offset && (i + 1 >= Count || _tokens[i + 1].Start >= offset) ? i : -1
            : end == offset - 1 && IsOneSpace(Text[end], spacing) ? i : -1;
    }

    /// <summary>The token written right after <paramref name="offset"/>, only whitespace between as <paramref name="spacing"/>
    /// allows, ending at or before <paramref name="ceiling"/>; -1 otherwise.</summary>
    public int TokenRightAfter(int offset, int ceiling, WordSpacing spacing)
    {
        var i = FirstStartingFrom(offset);
        if (i >= Count || _tokens[i].End > ceiling) return -1;
        var start = _tokens[i].Start;
        return spacing == WordSpacing.AnyWhitespace
            ? start > offset && (i == 0 || _tokens[i - 1].End <= offset) ? i : -1
            : start == offset + 1 && IsOneSpace(Text[offset], spacing) ? i : -1;
    }

    /// <summary>The word-like token written right before <paramref name="offset"/> (see <see cref="TokenRightBefore"/>); -1 otherwise.</summary>
    public int WordRightBefore(int offset, int floor, WordSpacing spacing) =>
        TokenRightBefore(offset, floor, spacing) is var i and >= 0 && _tokens[i].IsWordLike ? i : -1;

    /// <summary>The word-like token written right after <paramref name="offset"/> (see <see cref="TokenRightAfter"/>); -1 otherwise.</summary>
    public int WordRightAfter(int offset, int ceiling, WordSpacing spacing) =>
        TokenRightAfter(offset, ceiling, spacing) is var i and >= 0 && _tokens[i].IsWordLike ? i : -1;

    /// <summary>Whether token <paramref name="index"/> − 1 and token <paramref name="index"/> stand apart by whitespace only, as
    /// <paramref name="spacing"/> allows.</summary>
    public bool SpacedFromPrevious(int index, WordSpacing spacing) =>
        index > 0 && index < Count && (spacing == WordSpacing.AnyWhitespace
            ? _tokens[index].SpaceBefore
            : _tokens[index].Start == _tokens[index - 1].End + 1 && IsOneSpace(Text[_tokens[index - 1].End], spacing));

    /// <summary>Whether the one character between two tokens is the spacing <paramref name="spacing"/> asks for.</summary>
    private static bool IsOneSpace(char c, WordSpacing spacing) => spacing == WordSpacing.OneSpace ? c == ' ' : char.IsWhiteSpace(c);

    /// <summary>Whether the characters [<paramref name="from"/>, <paramref name="to"/>) are all spaces (true when there are
    /// none): a tab or a line break is not.</summary>
    public bool SpacesOnly(int from, int to) => !Text.AsSpan(from, to - from).ContainsAnyExcept(' ');

    /// <summary>The word written last before <paramref name="end"/> across spaces and commas (not a tab or line break), as
    /// (first, last) token indices: a token <paramref name="endsRun"/> accepts, with the tokens written onto it on its left
    /// that <paramref name="joinsRun"/> accepts, and full stops and hyphens ("U.S.-led", "Port-au-Prince"); (-1, -1) when
    /// the nearest token past the commas is no such word, or another mark stands between. <paramref name="last"/> is the
    /// last token that ends at or before <paramref name="end"/> (-1 if none): a reader that walks back run after run passes
    /// the run's first token − 1 and its start, and no offset is searched again.</summary>
    public (int First, int Last) WordRunAcrossCommas(int last, int end, Func<TokenLayer, int, bool> endsRun, Func<TokenLayer, int, bool> joinsRun)
    {
        while (last >= 0 && SpacesOnly(_tokens[last].End, end) && IsMark(last, ','))
            end = _tokens[last--].Start;
        if (last < 0 || !SpacesOnly(_tokens[last].End, end) || !endsRun(this, last)) return (-1, -1);
        var first = last;
        while (first > 0 && _tokens[first - 1].End == _tokens[first].Start
               && (joinsRun(this, first - 1) || IsMark(first - 1, '.') || IsMark(first - 1, '-')))
            first--;
        return (first, last);
    }

    /// <summary>Whether token <paramref name="index"/> is written exactly <paramref name="word"/>, case included (false for -1):
    /// a capitalised "To" opening a sentence is no marker.</summary>
    public bool IsExactly(int index, string word) => (uint)index < (uint)Count && TextOf(index).SequenceEqual(word);
}
