using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Text;

/// <summary>
/// The opening of a paragraph as a wire dateline, read on the tokens of its first characters: a place of one to four words,
/// an optional region or country of one to three words after a comma, an optional date after a comma ("May 2", "Nov. 2,
/// 2025"), an optional credit in parentheses, then a dash and a whitespace character (the dateline formats of the wire
/// agencies' style guides: AP, Reuters, AFP). A word opens with a capital and runs on, with no whitespace, over letters, full
/// stops, apostrophes and hyphens; words stand one whitespace character apart. Where the opening could be read more than one
/// way, the place and the region take as many words as they can, each word as long as it can be, and each optional part is
/// read when it can be.
/// </summary>
internal sealed class DatelineOpening(TokenLayer tokens)
{
    private const int MaxPlaceWords = 4, MaxRegionWords = 3, MaxCreditChars = 40;

    /// <summary>Where the opening ends (past the whitespace after its dash), whether it has a credit, and whether its place is
    /// three or more characters without a lower-case ASCII letter; null when the tokens open with no dateline.</summary>
    public (int End, bool Credit, bool Capitals)? Read()
    {
        foreach (var place in Words(0, MaxPlaceWords))
            foreach (var region in Region(place))
                foreach (var date in Date(region))
                    foreach (var space in OptionalSpace(date))
                        foreach (var (credit, hasCredit) in Credit(space))
                            if (Dash(credit) is >= 0 and var end) return (end, hasCredit, place >= 3 && !HasAsciiLower(place));
        return null;
    }

    /// <summary>The ends of up to <paramref name="max"/> words from <paramref name="at"/>, one whitespace character apart: more
    /// words first, a longer word first.</summary>
    private IEnumerable<int> Words(int at, int max)
    {
        foreach (var end in WordEnds(at))
        {
            if (max > 1 && IsSpace(end))
                foreach (var more in Words(end + 1, max - 1)) yield return more;
            yield return end;
        }
    }

    /// <summary>The ends of a word opening at <paramref name="at"/>, longest first: a token that opens with a capital, then the
    /// tokens written onto it, each of letters, full stops, apostrophes and hyphens only.</summary>
    private IEnumerable<int> WordEnds(int at)
    {
        var first = TokenAt(at);
        if (first < 0 || !char.IsUpper(tokens.TextOf(first)[0]) || !IsWordPart(first)) yield break;
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End && IsWordPart(last + 1)) last++;
        for (var i = last; i >= first; i--) yield return tokens[i].End;
    }

    private IEnumerable<int> Region(int at)
    {
        if (tokens.IsMark(TokenAt(at), ',') && IsSpace(at + 1))
            foreach (var end in Words(at + 2, MaxRegionWords)) yield return end;
        yield return at;
    }

    /// <summary>", May 2", ", Nov. 2, 2025": a month word (a capital and two to eight lower-case letters), perhaps a full stop,
    /// a day of one or two digits, perhaps a comma and a year of four; or nothing.</summary>
    private IEnumerable<int> Date(int at)
    {
        if (tokens.IsMark(TokenAt(at), ',') && IsSpace(at + 1) && TokenAt(at + 2) is >= 0 and var month && IsMonth(month))
        {
            var afterMonth = tokens[month].End;
            int[] dots = tokens.IsMark(TokenAt(afterMonth), '.') ? [afterMonth + 1, afterMonth] : [afterMonth];
            foreach (var dot in dots)
            {
                if (!IsSpace(dot) || TokenAt(dot + 1) is not (>= 0 and var day) || !IsDigits(day, 1, 2)) continue;
                var dayEnd = tokens[day].End;
                if (tokens.IsMark(TokenAt(dayEnd), ',') && IsSpace(dayEnd + 1) && TokenAt(dayEnd + 2) is >= 0 and var year && IsDigits(year, 4, 4))
                    yield return tokens[year].End;
                yield return dayEnd;
            }
        }
        yield return at;
    }

    private IEnumerable<int> OptionalSpace(int at)
    {
        if (IsSpace(at)) yield return at + 1;
        yield return at;
    }

    /// <summary>"(Reuters)": one to <see cref="MaxCreditChars"/> characters holding no parenthesis, in parentheses, perhaps a
    /// whitespace character after; or nothing.</summary>
    private IEnumerable<(int End, bool Credit)> Credit(int at)
    {
        if (TokenAt(at) is >= 0 and var open && tokens.IsMark(open, '('))
        {
            var close = open + 1;
            while (close < tokens.Count && !tokens.IsMark(close, ')') && !tokens.IsMark(close, '(')) close++;
            if (close < tokens.Count && tokens.IsMark(close, ')') && tokens[close].Start - tokens[open].End is >= 1 and <= MaxCreditChars)
            {
                var end = tokens[close].End;
                if (IsSpace(end)) yield return (end + 1, true);
                yield return (end, true);
            }
        }
        yield return (at, false);
    }

    /// <summary>The end of "--", "—", "–" or "-" at <paramref name="at"/> and the whitespace character after it, or -1.</summary>
    private int Dash(int at)
    {
        var i = TokenAt(at);
        if (tokens.IsMark(i, '-') && tokens.IsMark(i + 1, '-') && tokens[i + 1].Start == at + 1 && IsSpace(at + 2)) return at + 3;
        return tokens.IsDash(i) && IsSpace(at + 1) ? at + 2 : -1;
    }

    /// <summary>The token that starts at <paramref name="at"/>, or -1.</summary>
    private int TokenAt(int at)
    {
        var i = tokens.IndexAt(at);
        return i < tokens.Count && tokens[i].Start == at ? i : -1;
    }

    /// <summary>Whether a whitespace character stands at <paramref name="at"/>: a character no token covers.</summary>
    private bool IsSpace(int at) => at < tokens.Text.Length && tokens.IndexAt(at) is var i && (i >= tokens.Count || tokens[i].Start > at);

    private bool IsWordPart(int i)
    {
        foreach (var c in tokens.TextOf(i))
            if (!char.IsLetter(c) && c is not ('.' or '\'' or '’' or '-')) return false;
        return true;
    }

    private bool IsMonth(int i)
    {
        var word = tokens.TextOf(i);
        if (word.Length is < 3 or > 9 || !char.IsUpper(word[0])) return false;
        foreach (var c in word[1..])
            if (!char.IsLower(c)) return false;
        return true;
    }

    private bool IsDigits(int i, int min, int max)
    {
        var word = tokens.TextOf(i);
        if (word.Length < min || word.Length > max) return false;
        foreach (var c in word)
            if (!char.IsDigit(c)) return false;
        return true;
    }

    private bool HasAsciiLower(int end)
    {
        for (var i = 0; i < tokens.Count && tokens[i].Start < end; i++)
            if (tokens.TextOf(i).ContainsAnyInRange('a', 'z')) return true;
        return false;
    }
}
