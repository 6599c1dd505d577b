using System.Buffers;
using AidAnalysis.Model;
using AidAnalysis.Text;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Recognizers.People;

/// <summary>Questions the person rules ask of the tokens and word starts around a name or title that the layers do not answer yet.</summary>
internal static class PeopleTokenQueries
{
    /// <summary>Where each of <paramref name="words"/> occurs whole, starting at a word start, in text order: one list per word,
    /// in the order given. Meant for a few words (a text's candidate surnames): one walk over the word starts, each ruled out by
    /// its first character unless one of the words opens with it.</summary>
    public static List<int>[] WholeWordOccurrences(this WordStarts starts, IReadOnlyList<string> words)
    {
        var text = starts.Text;
        var found = new List<int>[words.Count];
        var byFirst = new Dictionary<char, List<int>>();
        for (var i = 0; i < words.Count; i++)
        {
            found[i] = [];
            if (!byFirst.TryGetValue(words[i][0], out var sharing)) byFirst[words[i][0]] = sharing = [];
            sharing.Add(i);
        }
        for (var w = 0; w < starts.Count; w++)
        {
            var start = starts[w];
            if (!byFirst.TryGetValue(text[start], out var sharing)) continue;
            foreach (var i in sharing)
            {
                var word = words[i];
                if (text.AsSpan(start).StartsWith(word, StringComparison.Ordinal) && WordCharacters.IsWholeWord(text, start, start + word.Length))
                    found[i].Add(start);
            }
        }
        return found;
    }

    /// <summary>Whether token <paramref name="index"/> opens the text or a line, or follows "(", ";" or ",", with only spaces and
    /// tabs between: where a byline's "By" stands.</summary>
    public static bool OpensLineOrList(this TokenLayer tokens, int index)
    {
        var text = tokens.Text;
        var gapStart = index > 0 ? tokens[index - 1].End : 0;
        var i = tokens[index].Start - 1;
        while (i >= gapStart && text[i] is ' ' or '\t') i--;
        if (i >= gapStart) return text[i] == '\n';
        return index == 0 || tokens.TextOf(index - 1) is "(" or ";" or ",";
    }

    /// <summary>Whether token <paramref name="index"/> is a comma followed by one space and an owner in the possessive, then a
    /// lower-case word: the opening of an apposition whose title a state or body owns ("…, Norway’s ambassador").</summary>
    public static bool OpensPossessorAside(this TokenLayer tokens, int index) =>
        tokens.IsMark(index, ',') && tokens.SpacedFromPrevious(index + 1, WordSpacing.OneWhitespace)
        && tokens.PossessorWordsFrom(index + 1, tokens.Text.Length) >= 0;

    /// <summary>The most capitalised words an owner in the possessive at an apposition's start may have ("the Kestrel Relief Fund’s").</summary>
    private const int MostOwnerWords = 4;

    /// <summary>Where the lower-case word after an owner in the possessive starts, the owner being one to <see cref="MostOwnerWords"/>
    /// capitalised words from token <paramref name="index"/>, one whitespace character apart, the last glued to "’s" or "'s" and
    /// followed by one whitespace character ("Norway’s ambassador", "UN Women’s director"); -1 if none stands there before
    /// <paramref name="limit"/>.</summary>
    public static int PossessorWordsFrom(this TokenLayer tokens, int index, int limit)
    {
        for (var (i, words) = (index, 0); i + 2 < tokens.Count && words < MostOwnerWords && tokens[i].Start < limit; i++, words++)
        {
            if (tokens[i].Kind != TokenKind.Word || tokens[i].Shape is not (TokenShape.Capitalized or TokenShape.Upper or TokenShape.Mixed)) return -1;
            if (tokens[i + 1].Kind == TokenKind.Clitic && tokens[i + 1].Start == tokens[i].End && Possessive.Ends(tokens.TextOf(i + 1)))
                return tokens.SpacedFromPrevious(i + 2, WordSpacing.OneWhitespace) && tokens[i + 2].Shape == TokenShape.Lower && tokens[i + 2].End <= limit ? i + 2 : -1;
            if (!tokens.SpacedFromPrevious(i + 1, WordSpacing.OneWhitespace)) return -1;
        }
        return -1;
    }

    /// <summary>Whether token <paramref name="index"/> is a comma followed by one space and a lower-case letter: the opening of an
    /// aside or apposition ("…, a senior analyst").</summary>
    public static bool OpensLowerCaseAside(this TokenLayer tokens, int index)
    {
        var text = tokens.Text;
        if (!tokens.IsMark(index, ',') || index + 1 >= tokens.Count) return false;
        var next = tokens[index + 1].Start;
        return next == tokens[index].End + 1 && text[next - 1] == ' ' && char.IsLower(text[next]);
    }

    /// <summary>Whether the word at <paramref name="offset"/> opens a sentence, a quotation or the text after a dateline's dash: only
    /// spaces stand between it and the text's start, a line break, one of . ; " “ ” — –, or a hyphen with a space before and after.
    /// False inside a token ("O’Neil" read from its "N").</summary>
    public static bool OpensClauseAt(this TokenLayer tokens, int offset)
    {
        var next = tokens.IndexAt(offset);
        if (next < tokens.Count && tokens[next].Start < offset) return false;
        var previous = next - 1;
        var text = tokens.Text;
        var gapStart = previous >= 0 ? tokens[previous].End : 0;
        var i = offset - 1;
        while (i >= gapStart && text[i] == ' ') i--;
        if (i >= gapStart) return text[i] == '\n';
        if (previous < 0) return true;
        if (tokens[previous].Kind != TokenKind.Punctuation) return false;
        var mark = text[tokens[previous].Start];
        return mark is '.' or ';' or '"' or '“' or '”' or '—' or '–'
            || (mark == '-' && tokens[previous].Start > 0 && text[tokens[previous].Start - 1] == ' ' && gapStart < offset);
    }

    /// <summary>Whether a reporting verb ("said", "added") or "according to" comes right before the name at <paramref name="offset"/>,
    /// across spaces and commas.</summary>
    public static bool IsCitedAt(this TokenLayer tokens, int offset, IReadOnlyDictionary<string, bool> reportingVerbs)
    {
        if (tokens.WordRunTokensBefore(tokens.LastEndingBy(offset), offset) is not (>= 0 and var first, var last)) return false;
        var value = tokens.Text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start);
        if (value is "to")
            return tokens.WordRunTokensBefore(first - 1, tokens[first].Start) is (>= 0 and var before, var beforeLast)
                && tokens.Text.AsSpan(tokens[before].Start, tokens[beforeLast].End - tokens[before].Start) is "according" or "According";
        return char.IsLower(value[0]) && reportingVerbs.ContainsKey(value.ToString());
    }

    /// <summary>The word before <paramref name="offset"/>, across spaces and commas: a word of letters with the words, full stops
    /// and hyphens written against it, ending in a letter ("envoy", "U.S.-led", "cross-country"); null when none ends there.</summary>
    public static Span? WordRunBefore(this TokenLayer tokens, int offset) =>
        tokens.WordRunTokensBefore(tokens.LastEndingBy(offset), offset) is (>= 0 and var first, var last) ? new Span(tokens[first].Start, tokens[last].End) : null;

    /// <summary><see cref="WordRunBefore(TokenLayer, int)"/> as its first and last token indexes, read back from <paramref name="end"/>,
    /// token <paramref name="last"/> being the last that ends by it: a reader that walks back word after word passes the run's
    /// first token − 1 and its start, and searches no offset again. (-1, -1) when no such word ends there.</summary>
    public static (int First, int Last) WordRunTokensBefore(this TokenLayer tokens, int last, int end) =>
        tokens.WordRunAcrossCommas(last, end, static (t, i) => t.IsLetters(i), static (t, i) => t[i].Kind == TokenKind.Word);

    /// <summary>The word after the single space at <paramref name="offset"/>: a word token with the words, full stops and hyphens
    /// written against it ("Secretary-General", "Gen."); null when none follows one space there.</summary>
    public static Span? WordRunAfterSpace(this TokenLayer tokens, int offset) =>
        tokens.WordRunTokensAfterSpace(offset) is (>= 0 and var first, var last) ? new Span(tokens[first].Start, tokens[last].End) : null;

    /// <summary><see cref="WordRunAfterSpace"/> as its first and last token indexes; (-1, -1) when no such word follows.</summary>
    public static (int First, int Last) WordRunTokensAfterSpace(this TokenLayer tokens, int offset)
    {
        var first = tokens.FirstStartingFrom(offset);
        if (first >= tokens.Count || tokens[first].Start != offset + 1 || tokens.Text[offset] != ' ' || tokens[first].Kind != TokenKind.Word) return (-1, -1);
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End && IsWordRunPart(tokens, last + 1)) last++;
        return (first, last);
    }

    private static bool IsWordRunPart(TokenLayer tokens, int index) =>
        tokens[index].Kind == TokenKind.Word || tokens.IsMark(index, '.') || tokens.IsMark(index, '-');

    /// <summary>Whether token <paramref name="index"/> is written right against the token before it, no whitespace between (false
    /// for the first token and for an index outside the layer).</summary>
    public static bool TouchesPrevious(this TokenLayer tokens, int index) =>
        index > 0 && index < tokens.Count && tokens[index].Start == tokens[index - 1].End;

    /// <summary>Whether the character at <paramref name="offset"/> is whitespace between tokens (no token holds it and the text goes on
    /// there), token <paramref name="next"/> being the first that starts at or after it.</summary>
    public static bool IsGapAt(this TokenLayer tokens, int offset, int next) =>
        offset < tokens.Text.Length && (next == 0 || tokens[next - 1].End <= offset) && (next >= tokens.Count || tokens[next].Start > offset);

    /// <summary>Where the run of characters <paramref name="holds"/> accepts ends that opens at token <paramref name="index"/> and goes on
    /// across the tokens written against it, before <paramref name="limit"/>, and the first token that starts at or after that end.
    /// Each token's own characters are read ("Peru’s", "U.N." and "O’Neil" are runs of letters, full stops and apostrophes).</summary>
    public static (int End, int Next) GluedRunEnd(this TokenLayer tokens, int index, int limit, Func<char, bool> holds)
    {
        var text = tokens.Text;
        for (var i = index; i < tokens.Count; i++)
        {
            if (i > index && tokens[i].Start != tokens[i - 1].End) return (tokens[i - 1].End, i);
            var (start, end) = (tokens[i].Start, Math.Min(tokens[i].End, limit));
            for (var at = start; at < end; at++)
                if (!holds(text[at])) return (at, at == start ? i : i + 1);
            // The reach cuts the run (the token's start lies before it: the walk only goes on from a token that ends before it).
            if (end == limit) return (end, i + 1);
        }
        return (tokens[tokens.Count - 1].End, tokens.Count);
    }

    /// <summary>Whether exactly one space stands right before <paramref name="offset"/>, after a token: the space character,
    /// not a tab or line break, which <see cref="WordSpacing.OneWhitespace"/> would also accept.</summary>
    public static bool FollowsOneSpace(this TokenLayer tokens, int offset) =>
        offset > 0 && tokens.Text[offset - 1] == ' ' && tokens.TokenRightBefore(offset, 0, WordSpacing.OneWhitespace) >= 0;

    /// <summary>Where the company's name before a corporate title begins ("Norvik CEO", "Rolls-Royce CEO", "AT&amp;T CEO"): the letters,
    /// digits, hyphens and ampersands written against each other that end at <paramref name="end"/>; <paramref name="end"/> itself
    /// when none do.</summary>
    public static int CompanyWordStart(this TokenLayer tokens, int end)
    {
        var i = tokens.LastEndingBy(end);
        if (i < 0 || tokens[i].End != end) return end;
        while (true)
        {
            // Inside a word only its last letters and digits count ("O’Neil" → "Neil").
            var chars = tokens.TextOf(i);
            var part = chars.Length - 1;
            while (part >= 0 && (char.IsLetterOrDigit(chars[part]) || chars[part] is '-' or '&')) part--;
            if (part >= 0) return tokens[i].Start + part + 1;
            if (i == 0 || tokens[i - 1].End != tokens[i].Start) return tokens[i].Start;
            i--;
        }
    }

    /// <summary>The last line break in the whitespace [<paramref name="start"/>, <paramref name="end"/>) between tokens, or -1.</summary>
    public static int LastLineBreak(this TokenLayer tokens, int start, int end) => tokens.Text.AsSpan(start, end - start) is var gap
        && gap.LastIndexOf('\n') is >= 0 and var at ? start + at : -1;

    /// <summary>The nearest position before <paramref name="offset"/> and at or after <paramref name="floor"/> that ends a stretch of
    /// text read back from it: a line break between tokens, or a character of a mark or number token (a comma in "1,500" too) that
    /// <paramref name="isStop"/> (given the text and the position) accepts; -1 if none.</summary>
    public static int LastStopBefore(this TokenLayer tokens, int offset, int floor, Func<string, int, bool> isStop) =>
        tokens.LastStopFrom(tokens.LastEndingBy(offset), offset, floor, isStop);

    /// <summary><see cref="LastStopBefore"/> read back from the start of token <paramref name="index"/>, whose index the caller
    /// knows.</summary>
    public static int LastStopBeforeToken(this TokenLayer tokens, int index, int floor, Func<string, int, bool> isStop) =>
        tokens.LastStopFrom(index - 1, tokens[index].Start, floor, isStop);

    /// <summary>The stop of <see cref="LastStopBefore"/>, token <paramref name="last"/> being the last that ends by <paramref name="offset"/>.</summary>
    private static int LastStopFrom(this TokenLayer tokens, int last, int offset, int floor, Func<string, int, bool> isStop)
    {
        var text = tokens.Text;
        // Each token before the offset, from the nearest, after the whitespace that follows it.
        for (var i = last; ; i--)
        {
            var gapEnd = i + 1 < tokens.Count ? Math.Min(tokens[i + 1].Start, offset) : offset;
            var gapStart = Math.Max(i >= 0 ? tokens[i].End : 0, floor);
            if (gapStart < gapEnd && tokens.LastLineBreak(gapStart, gapEnd) is >= 0 and var lineBreak) return lineBreak;
            if (i < 0 || tokens[i].End <= floor) return -1;
            if (tokens[i].Kind is not (TokenKind.Punctuation or TokenKind.Number)) continue;
            for (var at = tokens[i].End - 1; at >= Math.Max(tokens[i].Start, floor); at--)
                if (isStop(text, at)) return at;
        }
    }

    /// <summary>Whether a space stands right before and right after token <paramref name="index"/> (" - ", " and ").</summary>
    public static bool StandsBetweenSpaces(this TokenLayer tokens, int index)
    {
        var (start, end) = (tokens[index].Start, tokens[index].End);
        return start > 0 && end < tokens.Text.Length && tokens.Text[start - 1] == ' ' && tokens.Text[end] == ' ';
    }

    /// <summary><paramref name="next"/>, the token after <paramref name="offset"/>, when it stands after exactly one space there and
    /// the space lies before <paramref name="limit"/>; -1 otherwise (and for -1).</summary>
    public static int AfterOneSpace(this TokenLayer tokens, int offset, int next, int limit) =>
        offset >= 0 && offset < limit && (uint)next < (uint)tokens.Count && tokens[next].Start == offset + 1 && tokens.Text[offset] == ' ' ? next : -1;

    /// <summary>The token after token <paramref name="index"/> when exactly one whitespace character stands between them, before
    /// <paramref name="limit"/>; -1 otherwise (and for -1).</summary>
    public static int AfterOneWhitespace(this TokenLayer tokens, int index, int limit) =>
        index >= 0 && tokens.SpacedFromPrevious(index + 1, WordSpacing.OneWhitespace) && tokens[index].End < limit ? index + 1 : -1;

    /// <summary>The first space character in [<paramref name="from"/>, <paramref name="end"/>), read in the whitespace between
    /// tokens only (no token holds one); -1 if none.</summary>
    public static int FirstSpaceBetween(this TokenLayer tokens, int from, int end)
    {
        var text = tokens.Text;
        for (var i = tokens.IndexAt(from); ; i++)
        {
            var gapStart = Math.Max(from, i > 0 ? tokens[i - 1].End : 0);
            if (gapStart >= end) return -1;
            var gapEnd = Math.Min(end, i < tokens.Count ? tokens[i].Start : text.Length);
            var space = gapEnd > gapStart ? text.AsSpan(gapStart, gapEnd - gapStart).IndexOf(' ') : -1;
            if (space >= 0) return gapStart + space;
            if (i >= tokens.Count) return -1;
        }
    }

    /// <summary>The next word as written between whitespace ("O’Brien’s", "Jin-ho,"), inside <paramref name="within"/>: the tokens
    /// from <paramref name="next"/> on that are glued to each other, cut to the span; <paramref name="next"/> moves past them. An
    /// empty span when none is left.</summary>
    public static Span NextWrittenWord(this TokenLayer tokens, ref int next, Span within)
    {
        if (next >= tokens.Count || tokens[next].Start >= within.End) return new Span(within.End, within.End);
        var start = Math.Max(tokens[next].Start, within.Start);
        while (next + 1 < tokens.Count && tokens[next + 1].Start == tokens[next].End && tokens[next + 1].Start < within.End) next++;
        return new Span(start, Math.Min(tokens[next++].End, within.End));
    }
}
