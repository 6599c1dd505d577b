using System.Buffers;
using AidAnalysis.Model;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Context;

/// <summary>"MANILA, Philippines - ", "DOHA, Oct 14 (QNA) -- ", "KARACHI: ", "GENEVA/NAIROBI, 3 May - ": the capitals form of a
/// dateline (<see cref="Dateline.Capitals"/>), read on the token layer within the first <see cref="Reach"/> characters of a
/// paragraph: a place of two capitals then capitals, spaces, full stops, apostrophes, slashes and hyphens (at most
/// <see cref="PlaceChars"/> characters); then optionally a comma, one whitespace character and up to <see cref="PhraseChars"/>
/// characters holding no comma ("Philippines", "3 May"); then optionally a whitespace character and a credit in brackets of up
/// to <see cref="CreditChars"/> characters; then a dash ("--", "—", "–", "-") or a colon, one whitespace character apart at most,
/// and the whitespace character after it. Where the opening could end at more than one dash, it ends at the last one, the
/// place and the phrase reaching as far as they can.</summary>
internal static class CapitalsDateline
{
    private const int Reach = 80, PlaceChars = 32, PhraseChars = 30, CreditChars = 20;

    /// <summary>The capitals dateline opening <paramref name="paragraph"/>, or an empty span.</summary>
    public static Span Read(TokenLayer tokens, Span paragraph)
    {
        var limit = paragraph.Start + Math.Min(Reach, paragraph.Length);
        var first = tokens.FirstStartingFrom(paragraph.Start);
        if (first >= tokens.Count || tokens[first].Start != paragraph.Start || tokens[first].End > limit || tokens[first].Kind != TokenKind.Word
            || tokens[first].Length < 2 || !char.IsUpper(tokens.TextOf(first)[0]) || !char.IsUpper(tokens.TextOf(first)[1])) return default;
        var scope = new Scope(tokens, limit);
        var placeEnd = PlaceEnd(tokens, first, Math.Min(limit, paragraph.Start + PlaceChars));
        // The place reaches as far as it can: its end is tried from the furthest back, each with a phrase, then without.
        for (var e = placeEnd; e >= paragraph.Start + 2; e = scope.PreviousStop(e, paragraph.Start + 2))
        {
            var end = e == placeEnd && scope.IsMark(e, ',') && scope.IsSpace(e + 1) ? AfterPhrase(scope, e + 2) : -1;
            if (end < 0) end = AfterCredit(scope, e);
            if (end >= 0) return new Span(paragraph.Start, end);
        }
        return default;
    }

    /// <summary>Where the place's characters stop: at the first character that is no capital, space, full stop, apostrophe,
    /// slash or hyphen, or at <paramref name="limit"/>.</summary>
    private static int PlaceEnd(TokenLayer tokens, int first, int limit)
    {
        var at = tokens[first].Start;
        for (var i = first; i < tokens.Count; i++)
        {
            if (SpacesUpTo(tokens, at, Math.Min(tokens[i].Start, limit)) is var gap and >= 0) return gap;
            if (tokens[i].Start >= limit) return limit;
            var text = tokens.TextOf(i);
            var inside = 0;
            while (inside < text.Length && (char.IsUpper(text[inside]) || PlaceMarks.Contains(text[inside]))) inside++;
            if (inside < text.Length) return Math.Min(limit, tokens[i].Start + inside);
            at = tokens[i].End;
            if (at >= limit) return limit;
        }
        return SpacesUpTo(tokens, at, limit) is var rest and >= 0 ? rest : limit;
    }

    private static readonly SearchValues<char> PlaceMarks = SearchValues.Create(" .'’/-");

    /// <summary>The first character other than a space among [<paramref name="from"/>, <paramref name="to"/>), or -1.</summary>
    private static int SpacesUpTo(TokenLayer tokens, int from, int to) =>
        from < to && tokens.Text.AsSpan(from, to - from).IndexOfAnyExcept(' ') is var other and >= 0 ? from + other : -1;

    /// <summary>The end of the opening after a phrase that starts at <paramref name="start"/>: the phrase reaches as far as it can.</summary>
    private static int AfterPhrase(Scope scope, int start)
    {
        var phraseEnd = scope.PhraseEnd(start, Math.Min(scope.Limit, start + PhraseChars));
        for (var c = phraseEnd; c > start; c = scope.PreviousStop(c, start + 1))
            if (AfterCredit(scope, c) is >= 0 and var end) return end;
        return -1;
    }

    /// <summary>The end of the opening from <paramref name="at"/>: a credit in brackets then the dash, else the dash alone.</summary>
    private static int AfterCredit(Scope scope, int at)
    {
        if (scope.IsSpace(at) && scope.Credit(at + 1) is >= 0 and var close && AfterDash(scope, close) is >= 0 and var end) return end;
        return AfterDash(scope, at);
    }

    /// <summary>The end of "--", "—", "–", "-" or ":" and the whitespace character after it, at <paramref name="at"/> or one
    /// whitespace character after it.</summary>
    private static int AfterDash(Scope scope, int at) =>
        scope.IsSpace(at) && Dash(scope, at + 1) is >= 0 and var spaced ? spaced : Dash(scope, at);

    private static int Dash(Scope scope, int at)
    {
        if (scope.IsMark(at, '-') && scope.IsMark(at + 1, '-') && scope.IsSpace(at + 2)) return at + 3;
        return (scope.IsDash(at) || scope.IsMark(at, ':')) && scope.IsSpace(at + 1) ? at + 2 : -1;
    }

    /// <summary>The tokens the opening may read, up to a character limit, asked by character offset.</summary>
    private readonly struct Scope(TokenLayer tokens, int limit)
    {
        public int Limit => limit;

        /// <summary>Whether a whitespace character stands at <paramref name="at"/>: no token covers it.</summary>
        public bool IsSpace(int at) => at < limit && tokens.IndexAt(at) is var i && (i >= tokens.Count || tokens[i].Start > at);

        /// <summary>Whether the one-character mark <paramref name="mark"/> stands at <paramref name="at"/>.</summary>
        public bool IsMark(int at, char mark) => at < limit && TokenAt(at) is >= 0 and var i && tokens.IsMark(i, mark);

        /// <summary>Whether a dash of one character stands at <paramref name="at"/> (<see cref="TokenLayer.IsDash"/>).</summary>
        public bool IsDash(int at) => at < limit && TokenAt(at) is >= 0 and var i && tokens.IsDash(i);

        /// <summary>The token that starts at <paramref name="at"/>, or -1.</summary>
        private int TokenAt(int at) => tokens.IndexAt(at) is var i && i < tokens.Count && tokens[i].Start == at ? i : -1;

        /// <summary>The last offset before <paramref name="at"/>, not before <paramref name="floor"/>, at which the opening may
        /// go on (floor − 1 when none is left): a token's start, or the whitespace character right before one. At any other
        /// offset neither a dash nor a credit can follow.</summary>
        public int PreviousStop(int at, int floor)
        {
            var next = tokens.FirstStartingFrom(at);
            var last = next - 1;
            if (last < 0) return floor - 1;
            var stop = next < tokens.Count && tokens[next].Start == at && tokens[last].End < at ? at - 1 : tokens[last].Start;
            return stop >= floor ? stop : floor - 1;
        }

        /// <summary>Where a phrase from <paramref name="start"/> stops: at a comma or a line break, or at <paramref name="max"/>.</summary>
        public int PhraseEnd(int start, int max)
        {
            var at = start;
            for (var i = tokens.FirstStartingFrom(start); ; i++)
            {
                var gapEnd = i < tokens.Count ? Math.Min(tokens[i].Start, max) : max;
                if (at < gapEnd && tokens.Text.AsSpan(at, gapEnd - at).IndexOf('\n') is var line and >= 0) return at + line;
                if (i >= tokens.Count || tokens[i].Start >= max) return max;
                // A comma stops it, one inside a number ("1,500") too.
                if (tokens.TextOf(i).IndexOf(',') is var comma and >= 0) return Math.Min(max, tokens[i].Start + comma);
                at = tokens[i].End;
                if (at >= max) return max;
            }
        }

        /// <summary>The end of a credit in brackets opening at <paramref name="open"/>: one to <see cref="CreditChars"/> characters
        /// holding no bracket or line break, then the closing bracket; -1 when there is none.</summary>
        public int Credit(int open)
        {
            if (!IsMark(open, '(')) return -1;
            var i = tokens.IndexAt(open) + 1;
            while (i < tokens.Count && tokens[i].End <= limit && !tokens.IsMark(i, ')') && !tokens.IsMark(i, '(') && !tokens.BreaksLineBefore(i)) i++;
            return i < tokens.Count && tokens.IsMark(i, ')') && tokens[i].End <= limit && !tokens.BreaksLineBefore(i)
                && tokens[i].Start - (open + 1) is >= 1 and <= CreditChars ? tokens[i].End : -1;
        }
    }
}
