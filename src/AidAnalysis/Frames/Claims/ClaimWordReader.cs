using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>The words of a span as the claim rules count them, read off the tokens one at a time without a list:
/// runs of words, numbers, clitics, hyphens and apostrophes written together ("Jean-Paul", "UN’s", "don’t" are one word
/// each), a number's separators parting its digits ("1,500" is two words). A token the span cuts is read up to the cut.</summary>
internal struct ClaimWordReader(TokenLayer tokens, Span span)
{
    private int _token = tokens.IndexAt(span.Start);
    // Inside a number: the next of its characters to read, and where it ends; -1 outside.
    private int _digit = -1, _numberEnd;
    private int _start = -1, _end = -1;

    /// <summary>The word <see cref="MoveNext"/> read.</summary>
    public Span Current { get; private set; }

    public readonly ClaimWordReader GetEnumerator() => this;

    public bool MoveNext()
    {
        while (NextPart(out var from, out var to))
        {
            // A part written right after the previous one continues its word.
            if (from == _end) { _end = to; continue; }
            var done = _start >= 0;
            if (done) Current = new Span(_start, _end);
            (_start, _end) = (from, to);
            if (done) return true;
        }
        if (_start < 0) return false;
        Current = new Span(_start, _end);
        _start = -1;
        return true;
    }

    /// <summary>The next piece of a word: a whole token, or one character of a number other than its separators.</summary>
    private bool NextPart(out int from, out int to)
    {
        while (true)
        {
            if (_digit >= 0)
            {
                while (_digit < _numberEnd && tokens.Text[_digit] is ',' or '.') _digit++;
                if (_digit < _numberEnd)
                {
                    (from, to) = (_digit, ++_digit);
                    return true;
                }
                _digit = -1;
                _token++;
            }
            if (_token >= tokens.Count || tokens[_token].Start >= span.End)
            {
                (from, to) = (0, 0);
                return false;
            }
            var token = tokens[_token];
            if (!IsPart(tokens, _token)) { _token++; continue; }
            (from, to) = (Math.Max(token.Start, span.Start), Math.Min(token.End, span.End));
            if (token.Kind != TokenKind.Number) { _token++; return true; }
            (_digit, _numberEnd) = (from, to);
        }
    }

    /// <summary>Whether <paramref name="c"/> is written into a claim word: a letter, digit, apostrophe or hyphen (for the first
    /// character of a token, where a rule reads inside one).</summary>
    public static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) || c is '\'' or '-' : char.IsLetterOrDigit(c) || c == '’';

    /// <summary>Whether token <paramref name="i"/> is written into a claim word: a word, number or clitic, a hyphen or an apostrophe.</summary>
    public static bool IsPart(TokenLayer tokens, int i) =>
        tokens[i].IsWordLike || tokens.IsMark(i, '-') || tokens.IsMark(i, '\'') || tokens.IsMark(i, '’');
}
