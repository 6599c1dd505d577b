using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>The words of a span as the claim rules count them, read off the tokens one at a time without a list:
/// runs of words, numbers, clitics, hyphens and apostrophes written together ("Jean-Paul", "UN’s", "don’t" are one word
/// each), a number's separators parting its digits ("1,500" is two words). A token the span cuts is read up to the cut.
/// Read forward over a span, or backward (<see cref="Backward"/>) from an offset to the start of its clause.</summary>
internal struct ClaimWordReader
{
    private readonly TokenLayer tokens;
    private readonly Span span;
    // Backward: how many marks in a row between two words are read past; -1 when reading forward.
    private readonly int _markRun = -1;
    private int _token;
    // Inside a number: the next of its characters to read (forward) or the end of it (backward), and where the number
    // ends (forward) or starts (backward); -1 outside.
    private int _digit = -1, _numberEnd;
    private int _marks;
    private int _start = -1, _end = -1;

    public ClaimWordReader(TokenLayer tokens, Span span) => (this.tokens, this.span, _token) = (tokens, span, tokens.IndexAt(span.Start));

    private ClaimWordReader(TokenLayer tokens, int end, int markRun) =>
        (this.tokens, span, _markRun, _token) = (tokens, new Span(0, end), markRun, tokens.LastEndingBy(end));

    /// <summary>The words before <paramref name="end"/>, last first, back to the last full stop (also one inside a number),
    /// line break, bracket or quotation mark, or to a run of more than <paramref name="markRun"/> other marks: this runs for
    /// every mention and title, so an unbounded walk over marks would be quadratic in them.</summary>
    public static ClaimWordReader Backward(TokenLayer tokens, int end, int markRun) => new(tokens, end, markRun);

    private readonly bool IsBackward => _markRun >= 0;

    /// <summary>The word <see cref="MoveNext"/> read.</summary>
    public Span Current { get; private set; }

    public readonly ClaimWordReader GetEnumerator() => this;

    public bool MoveNext()
    {
        while (IsBackward ? PreviousPart(out var from, out var to) : NextPart(out from, out to))
        {
            // A part written right after (or, backward, right before) the previous one continues its word.
            if (IsBackward ? to == _start : from == _end)
            {
                if (IsBackward) _start = from;
                else _end = to;
                continue;
            }
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

    /// <summary>The previous piece of a word, as <see cref="NextPart"/> reads them, until the clause stops.</summary>
    private bool PreviousPart(out int from, out int to)
    {
        while (true)
        {
            if (_digit >= 0)
            {
                while (_digit > _numberEnd && tokens.Text[_digit - 1] == ',') _digit--;
                if (_digit > _numberEnd && tokens.Text[_digit - 1] != '.')
                {
                    (from, to) = (_digit - 1, _digit--);
                    return true;
                }
                // A full stop in a number ("3.5") ends the clause too.
                _token = _digit > _numberEnd ? -1 : _token - 1;
                _digit = -1;
            }
            if (_token < 0 || StopsAt(_token))
            {
                _token = -1;
                (from, to) = (0, 0);
                return false;
            }
            var token = tokens[_token];
            if (!IsPart(tokens, _token))
            {
                _token = ++_marks > _markRun ? -1 : _token - 1;
                continue;
            }
            _marks = 0;
            if (token.Kind != TokenKind.Number)
            {
                (from, to) = (token.Start, token.End);
                _token--;
                return true;
            }
            (_digit, _numberEnd) = (token.End, token.Start);
        }
    }

    /// <summary>Whether reading back stops at token <paramref name="k"/>: a line break after it, a full stop, bracket or quotation mark.</summary>
    private readonly bool StopsAt(int k) =>
        tokens.BreaksLineBetween(tokens[k].End, k + 1 < tokens.Count ? Math.Min(tokens[k + 1].Start, span.End) : span.End)
        || tokens.IsMark(k, '.') || tokens.IsMark(k, '(') || tokens.IsMark(k, '"') || tokens.IsMark(k, '“') || tokens.IsMark(k, '”');

    /// <summary>Whether <paramref name="c"/> is written into a claim word: a letter, digit, apostrophe or hyphen (for the first
    /// character of a token, where a rule reads inside one).</summary>
    public static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) || c is '\'' or '-' : char.IsLetterOrDigit(c) || c == '’';

    /// <summary>Whether token <paramref name="i"/> is written into a claim word: a word, number or clitic, a hyphen or an apostrophe.</summary>
    public static bool IsPart(TokenLayer tokens, int i) =>
        tokens[i].IsWordLike || tokens.IsMark(i, '-') || tokens.IsMark(i, '\'') || tokens.IsMark(i, '’');
}
