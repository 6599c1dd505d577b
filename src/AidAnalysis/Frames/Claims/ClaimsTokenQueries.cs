using AidAnalysis.Model;
using AidAnalysis.Text.Phrases;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames.Claims;

/// <summary>Token questions the claim rules ask that the token layer does not answer itself.</summary>
internal static class ClaimsTokenQueries
{
    /// <summary>The subject pronoun that ends <paramref name="window"/> but for spaces, as written: "he", "she", "they",
    /// "we", "it" in lower case or opening a sentence ("He"), and "I"; else null.</summary>
    public static string? SubjectPronounEnding(this TokenLayer tokens, Span window)
    {
        var last = tokens.LastEndingBy(window.End);
        if (last < 0 || tokens[last].Start < window.Start || !tokens.Text.AsSpan(tokens[last].End..window.End).IsWhiteSpace()) return null;
        return tokens.TextOf(last) switch
        {
            "he" => "he", "He" => "He", "she" => "she", "She" => "She", "they" => "they", "They" => "They",
            "we" => "we", "We" => "We", "it" => "it", "It" => "It", "I" => "I",
            _ => null,
        };
    }

    /// <summary>The word right before <paramref name="offset"/> across spaces and commas (not a line break), as written;
    /// empty when another mark stands between, or when the word runs on through a full stop or hyphen ("e.g.to",
    /// "pre-to"), which no function word does.</summary>
    public static ReadOnlySpan<char> WordRightBefore(this TokenLayer tokens, int offset) =>
        tokens.WordIndexRightBefore(offset) is var i and >= 0 ? tokens.TextOf(i) : [];

    /// <summary>The token index of <see cref="WordRightBefore"/>'s word, or -1.</summary>
    public static int WordIndexRightBefore(this TokenLayer tokens, int offset)
    {
        var text = tokens.Text;
        var end = offset;
        for (var i = tokens.LastEndingBy(offset); i >= 0; i--)
        {
            var token = tokens[i];
            if (!tokens.SpacesOnly(token.End, end)) return -1;
            if (tokens.TextOf(i) is ",") { end = token.Start; continue; }
            if (token.Kind != TokenKind.Word || !char.IsLetter(text[token.End - 1])
                || token.Start > 0 && (char.IsLetter(text[token.Start - 1]) || text[token.Start - 1] is '.' or '-')) return -1;
            return i;
        }
        return -1;
    }

    /// <summary>The word written before <paramref name="offset"/> across spaces and commas (not a line break): a word ending in
    /// a letter, with the words, full stops and hyphens written onto it ("Jean-Paul", "e.g"), as (first, last) token indices;
    /// (-1, -1) when another mark or a number stands between.</summary>
    public static (int First, int Last) JoinedWordBefore(this TokenLayer tokens, int offset) =>
        tokens.JoinedWordBefore(tokens.LastEndingBy(offset), offset);

    /// <summary><see cref="JoinedWordBefore(TokenLayer, int)"/> from a token index: <paramref name="last"/> is the last token that
    /// ends at or before <paramref name="end"/>. A reader walking back word after word passes the word's first token − 1 and its
    /// start, and searches no offset again.</summary>
    public static (int First, int Last) JoinedWordBefore(this TokenLayer tokens, int last, int end) =>
        tokens.WordRunAcrossCommas(last, end, static (t, i) => t[i].Kind == TokenKind.Word && char.IsLetter(t.Text[t[i].End - 1]),
            static (t, i) => t[i].Kind == TokenKind.Word);

    /// <summary>The text of <see cref="JoinedWordBefore"/>'s word, and where it starts; null when there is none.</summary>
    public static (string Word, int Start)? JoinedWordTextBefore(this TokenLayer tokens, int offset) =>
        tokens.JoinedWordBefore(offset) is (>= 0 and var first, var last)
            ? (tokens.Text[tokens[first].Start..tokens[last].End], tokens[first].Start) : null;

    /// <summary>The offset of the first opening quotation mark (“, ", ‘) or line break inside <paramref name="span"/>, or -1.</summary>
    public static int FirstQuoteOrLineBreak(this TokenLayer tokens, Span span)
    {
        var gap = span.Start;
        for (var i = tokens.IndexAt(span.Start); ; i++)
        {
            var next = i < tokens.Count ? Math.Min(tokens[i].Start, span.End) : span.End;
            // Only whitespace stands between tokens: where in it the line break is.
            if (next > gap && tokens.Text.AsSpan(gap, next - gap).IndexOf('\n') is var line and >= 0) return gap + line;
            if (i >= tokens.Count || tokens[i].Start >= span.End) return -1;
            if (tokens.IsMark(i, '“') || tokens.IsMark(i, '"') || tokens.IsMark(i, '‘')) return tokens[i].Start;
            gap = Math.Max(tokens[i].End, span.Start);
        }
    }

    /// <summary>Whether a line break stands among the characters [<paramref name="from"/>, <paramref name="to"/>), whitespace
    /// between two tokens (false when there are none).</summary>
    public static bool BreaksLineBetween(this TokenLayer tokens, int from, int to) =>
        to > from && tokens.Text.AsSpan(from, to - from).Contains('\n');

    /// <summary>A word written of letters, digits, full stops, apostrophes and hyphens with a whitespace character after it inside
    /// <paramref name="window"/> ("U.S. ", "O’Brien "), from token <paramref name="first"/>: the index of the token after its last,
    /// or <paramref name="first"/> when no such word starts there.</summary>
    public static int SpacedWordEnd(this TokenLayer tokens, int first, Span window)
    {
        var j = first;
        while (j < tokens.Count && (j == first || tokens[j].Start == tokens[j - 1].End) && IsOfWordClass(tokens, j)) j++;
        return j == first || tokens[j - 1].End >= window.End || j < tokens.Count && tokens[j].Start == tokens[j - 1].End ? first : j;
    }

    /// <summary>Whether token <paramref name="i"/> is written of letters, digits, full stops, apostrophes and hyphens only.</summary>
    private static bool IsOfWordClass(TokenLayer tokens, int i)
    {
        foreach (var c in tokens.TextOf(i))
            if (!char.IsLetter(c) && !char.IsNumber(c) && c is not ('.' or '\'' or '’' or '-')) return false;
        return true;
    }

    /// <summary>The first token inside <paramref name="span"/> that is the mark <paramref name="mark"/> (a comma of a number,
    /// "300,000", is inside its number token and never found), or -1.</summary>
    public static int FirstMarkIn(this TokenLayer tokens, Span span, char mark)
    {
        for (var i = tokens.FirstStartingFrom(span.Start); i < tokens.Count && tokens[i].End <= span.End; i++)
            if (tokens.IsMark(i, mark)) return i;
        return -1;
    }

    /// <summary>The last token inside <paramref name="span"/> that is the mark <paramref name="mark"/>, or -1.</summary>
    public static int LastMarkIn(this TokenLayer tokens, Span span, char mark)
    {
        for (var i = tokens.LastEndingBy(span.End); i >= 0 && tokens[i].Start >= span.Start; i--)
            if (tokens.IsMark(i, mark)) return i;
        return -1;
    }

    /// <summary>Whether tokens <paramref name="left"/> and <paramref name="right"/> stand one whitespace character apart.</summary>
    public static bool OneSpaceApart(this TokenLayer tokens, int left, int right) =>
        right == left + 1 && tokens.SpacedFromPrevious(right, WordSpacing.OneWhitespace);

    /// <summary>Whether a whitespace character follows token <paramref name="i"/> inside <paramref name="span"/>: no token
    /// starts where it ends, as every other character belongs to one.</summary>
    public static bool SpaceFollows(this TokenLayer tokens, int i, Span span) =>
        tokens[i].End < span.End && tokens[i].End < tokens.Text.Length && (i + 1 >= tokens.Count || tokens[i + 1].Start > tokens[i].End);

    /// <summary>Whether token <paramref name="i"/> is one of <paramref name="words"/> written in lower case.</summary>
    public static bool IsLowerWordIn(this TokenLayer tokens, int i, WordSet words) =>
        (uint)i < (uint)tokens.Count && tokens[i].Kind == TokenKind.Word && tokens[i].Shape == TokenShape.Lower && words.Contains(tokens.TextOf(i));

    /// <summary>", as the UN warned", ", while X said": the offset of the comma of the first clause inside <paramref name="span"/>
    /// joined to an attribution by one of <paramref name="openers"/>; -1 if none.</summary>
    public static int JoinedClauseAt(this TokenLayer tokens, Span span, WordSet openers) =>
        tokens.WordAfterComma(span, openers) is var opener and >= 0 ? tokens[opener - 1].Start : -1;

    /// <summary>The token index of the first <paramref name="words"/> (as written) right after a comma and a space inside
    /// <paramref name="span"/>, followed by a space there: ", while ", ", who "; -1 if none.</summary>
    public static int WordAfterComma(this TokenLayer tokens, Span span, WordSet words) =>
        tokens.WordAfterComma(span, (t, i) => t.IsLowerWordIn(i, words));

    /// <summary>The token index of the first word that <paramref name="accepts"/> right after a comma and a space inside
    /// <paramref name="span"/>, followed by a space there; -1 if none.</summary>
    public static int WordAfterComma(this TokenLayer tokens, Span span, Func<TokenLayer, int, bool> accepts)
    {
        for (var i = tokens.FirstMarkIn(span, ','); i >= 0; i = tokens.FirstMarkIn(new Span(tokens[i].End, span.End), ','))
            if (tokens.OneSpaceApart(i, i + 1) && tokens[i + 1].End <= span.End
                && accepts(tokens, i + 1) && tokens.SpaceFollows(i + 1, span)) return i + 1;
        return -1;
    }

    /// <summary>The character at <paramref name="offset"/>, or '\0' outside the text.</summary>
    public static char CharAt(this TokenLayer tokens, int offset) => (uint)offset < (uint)tokens.Text.Length ? tokens.Text[offset] : '\0';

    /// <summary>The token written <paramref name="word"/> that ends one space character before <paramref name="offset"/>
    /// (" and said": "and" before "said"; a tab or line break there is no such space), or -1.</summary>
    public static int WordSpaceBefore(this TokenLayer tokens, int offset, string word) =>
        tokens.CharAt(offset - 1) == ' ' && tokens.TokenRightBefore(offset, 0, WordSpacing.OneWhitespace) is var i and >= 0
        && tokens.IsExactly(i, word) ? i : -1;

    /// <summary>Whether <paramref name="span"/> holds nothing but whitespace: no token reaches into it.</summary>
    public static bool IsBlank(this TokenLayer tokens, Span span) =>
        span.Length <= 0 || tokens.IndexAt(span.Start) is var i && (i >= tokens.Count || tokens[i].Start >= span.End);

    /// <summary>Whether a whitespace character stands right before token <paramref name="i"/> inside <paramref name="span"/>.</summary>
    public static bool SpacePrecedes(this TokenLayer tokens, int i, Span span) => tokens[i].SpaceBefore && tokens[i].Start > span.Start;

    /// <summary>The first token inside <paramref name="span"/> written <paramref name="word"/> with a space character on each
    /// side, both inside the span (" that "), or -1.</summary>
    public static int SpacedWordIn(this TokenLayer tokens, Span span, string word)
    {
        for (var i = tokens.FirstStartingFrom(span.Start); i < tokens.Count && tokens[i].End < span.End; i++)
            if (tokens[i].Start > span.Start && tokens.IsExactly(i, word) && tokens.CharAt(tokens[i].Start - 1) == ' ' && tokens.CharAt(tokens[i].End) == ' ')
                return i;
        return -1;
    }

    /// <summary><paramref name="span"/> without the spaces around its tokens (empty at its start when it holds none).</summary>
    public static Span Trimmed(this TokenLayer tokens, Span span)
    {
        var first = tokens.FirstStartingFrom(span.Start);
        var last = tokens.LastEndingBy(span.End);
        return first <= last && first < tokens.Count && last >= 0 ? new Span(tokens[first].Start, tokens[last].End) : new Span(span.Start, span.Start);
    }

    /// <summary><paramref name="span"/> without the mark <paramref name="mark"/> that ends it, if one does ("the ministry." → "the ministry").</summary>
    public static Span WithoutFinalMark(this TokenLayer tokens, Span span, char mark) => tokens.WithoutFinalMark(span, mark, mark);

    /// <summary><paramref name="span"/> without the one mark, <paramref name="mark"/> or <paramref name="other"/>, that ends it.</summary>
    public static Span WithoutFinalMark(this TokenLayer tokens, Span span, char mark, char other) =>
        span.Length > 0 && tokens.LastEndingBy(span.End) is var last and >= 0 && tokens[last].End == span.End
        && (tokens.IsMark(last, mark) || tokens.IsMark(last, other))
            ? span with { End = span.End - 1 } : span;

    /// <summary><paramref name="span"/> without the run of marks among <paramref name="marks"/> that ends it ("Reuters.",
    /// "on Friday!?" lose them); a space ends the run.</summary>
    public static Span WithoutFinalMarks(this TokenLayer tokens, Span span, ReadOnlySpan<char> marks)
    {
        for (var last = tokens.LastEndingBy(span.End); span.Length > 0 && last >= 0 && tokens[last].End == span.End && IsMarkOf(tokens, last, marks); last--)
            span = span with { End = tokens[last].Start };
        return span;
    }

    private static bool IsMarkOf(TokenLayer tokens, int i, ReadOnlySpan<char> marks) =>
        tokens[i].Kind == TokenKind.Punctuation && tokens[i].Length == 1 && marks.Contains(tokens.Text[tokens[i].Start]);

    /// <summary>Whether <paramref name="word"/> is one of <paramref name="words"/> written in lower-case ASCII letters, as the
    /// class's entries are written ("in", not "In").</summary>
    public static bool IsLowerEntryOf(this WordSet words, ReadOnlySpan<char> word) =>
        !word.ContainsAnyExceptInRange('a', 'z') && words.Contains(word);

    /// <summary>Up to <paramref name="max"/> words of <paramref name="span"/> as the claim rules count them (<see cref="ClaimWordReader"/>): runs of
    /// letters, digits, apostrophes and hyphens, so "Jean-Paul" and "UN’s" are one word each and "1,500" is two.</summary>
    public static List<Span> ClaimWordsIn(this TokenLayer tokens, Span span, int max)
    {
        var words = new List<Span>();
        ReadClaimWords(tokens, span, max, words);
        return words;
    }

    /// <summary>How many words <see cref="ClaimWordsIn"/> reads in <paramref name="span"/>, up to <paramref name="max"/>, without
    /// listing them.</summary>
    public static int ClaimWordCount(this TokenLayer tokens, Span span, int max) => ReadClaimWords(tokens, span, max, null);

    /// <summary>Reads up to <paramref name="max"/> claim words of <paramref name="span"/> into <paramref name="words"/> (when given)
    /// and returns how many it read.</summary>
    private static int ReadClaimWords(TokenLayer tokens, Span span, int max, List<Span>? words)
    {
        var count = 0;
        for (var reader = new ClaimWordReader(tokens, span); count < max && reader.MoveNext(); count++)
            words?.Add(reader.Current);
        return count;
    }

    /// <summary>The words of <paramref name="span"/> as spaces part them: how many, the first token, and whether that token is
    /// the whole first word ("U.S." is one such word of four tokens).</summary>
    public static (int Count, int First, bool FirstIsWhole) SpacedWords(this TokenLayer tokens, Span span)
    {
        var first = tokens.FirstStartingFrom(span.Start);
        var count = 0;
        var whole = true;
        for (var i = first; i < tokens.Count && tokens[i].End <= span.End; i++)
            if (i == first || tokens[i].SpaceBefore) count++;
            else if (count == 1) whole = false;
        return (count, first, whole);
    }

    /// <summary>Up to <paramref name="max"/> words of <paramref name="span"/> as whitespace parts them, each the run of tokens
    /// written together ("U.S.", "minister,"); a token the span's end cuts is read up to it.</summary>
    public static List<Span> SpacedWordsIn(this TokenLayer tokens, Span span, int max)
    {
        var words = new List<Span>();
        var start = -1;
        var end = -1;
        for (var i = tokens.FirstStartingFrom(span.Start); i < tokens.Count && tokens[i].Start < span.End && words.Count < max; i++)
        {
            if (start >= 0 && tokens[i].SpaceBefore)
            {
                words.Add(new Span(start, end));
                start = -1;
            }
            if (start < 0) start = tokens[i].Start;
            end = Math.Min(tokens[i].End, span.End);
        }
        if (start >= 0 && words.Count < max) words.Add(new Span(start, end));
        return words;
    }

    /// <summary>The offset of the first comma or semicolon inside <paramref name="span"/>, or -1.</summary>
    public static int FirstCommaOrSemicolon(this TokenLayer tokens, Span span)
    {
        var comma = tokens.FirstMarkIn(span, ',');
        var semicolon = tokens.FirstMarkIn(comma >= 0 ? span with { End = tokens[comma].Start } : span, ';');
        return semicolon >= 0 ? tokens[semicolon].Start : comma >= 0 ? tokens[comma].Start : -1;
    }

    /// <summary>The one-character punctuation mark at <paramref name="offset"/>, or '\0' when no such token starts there.</summary>
    public static char MarkAt(this TokenLayer tokens, int offset)
    {
        var i = tokens.FirstStartingFrom(offset);
        return i < tokens.Count && tokens[i].Start == offset && tokens[i].Kind == TokenKind.Punctuation && tokens[i].Length == 1 ? tokens.CharAt(offset) : '\0';
    }
}
