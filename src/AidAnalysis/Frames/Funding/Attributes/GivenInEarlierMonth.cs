using System.Buffers;
using AidAnalysis.Lexicons;
using AidAnalysis.Model;
using AidAnalysis.Pipeline;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Frames;

/// <summary>Whether the amount's clause dates its giving by a month before the article's own, in the article's year:
/// money given "in March" by an April article, or "last month", is earlier money, whatever its verb says. Words are read as
/// written, one whitespace character apart: month names are capitalised, "may" is not a month.</summary>
internal sealed class GivenInEarlierMonth(Lexicon lexicon, AttributeWords words)
{
    /// <summary>Among how many words after "last month" its verb may stand ("Last month the Freedonian government's fund
    /// quietly approved").</summary>
    private const int LastMonthWords = 10;

    /// <summary>Marks that close the clause before an amount.</summary>
    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create(",;:.()\u2013\u2014");

    private readonly WordSet _pastForms = new(words.PastActVerbs);
    private readonly WordSet _gapWords = new(words.ActGapWords, caseSensitive: true);

    /// <param name="reach">How far after the amount the clause is read.</param>
    public bool Holds(AnalysisDocument doc, Span window, Span amount, int reach)
    {
        var scope = new Span(window.Start, Math.Min(window.End, amount.End + reach));
        var tokens = doc.Tokens;
        if (MonthAfterAmount(doc, scope, amount)) return true;
        for (var i = tokens.FirstStartingFrom(scope.Start); i < tokens.Count && tokens[i].End <= scope.End; i++)
        {
            if (tokens.IsExactly(i, "month"))
            {
                if (LastMonth(tokens, i, scope)) return true;
            }
            else if (doc.ReferenceDate is { } published && tokens[i].Shape == TokenShape.Capitalized
                && MonthNumber(tokens, i) is var month and > 0 && month < published.Month && InMonth(tokens, i, scope))
                return true;
        }
        return false;
    }

    /// <summary>"Last month X donated $1 million" (a past act among <see cref="LastMonthWords"/> words after, no full stop
    /// or semicolon between), "the $2 million it gave last month" (a past act, perhaps one word, right before): a past act dated
    /// by the month before the article's, whatever the publication date. <paramref name="month"/> is the token "month".</summary>
    private bool LastMonth(TokenLayer tokens, int month, Span scope)
    {
        var last = tokens.WordRightBefore(tokens[month].Start, scope.Start, WordSpacing.OneWhitespace);
        if (tokens.IsExactly(last, "last")) return PastActRightBefore(tokens, last, scope) || PastActAfter(tokens, month, scope);
        return tokens.IsExactly(last, "Last") && PastActAfter(tokens, month, scope);
    }

    private bool PastActAfter(TokenLayer tokens, int month, Span scope)
    {
        for (int i = month + 1, seen = 0; i < tokens.Count && tokens[i].End <= scope.End && seen < LastMonthWords; i++)
        {
            if (IsPastAct(tokens, i)) return true;
            if (tokens.TextOf(i).ContainsAny('.', ';')) return false;
            if (tokens[i].IsWordLike) seen++;
        }
        return false;
    }

    /// <summary>"the $3 million the council approved in March" (a past act, perhaps one word, before "in" and no year after the
    /// month), "In March, X pledged $3 million". <paramref name="month"/> is the month's token.</summary>
    private bool InMonth(TokenLayer tokens, int month, Span scope)
    {
        var before = tokens.WordRightBefore(tokens[month].Start, scope.Start, WordSpacing.OneWhitespace);
        if (tokens.IsExactly(before, "In") && tokens.IsMark(month + 1, ',') && tokens[month + 1].Start == tokens[month].End
            && tokens[month + 1].End <= scope.End)
            return true;
        return tokens.IsExactly(before, "in") && !YearFollows(tokens, month, scope) && PastActRightBefore(tokens, before, scope);
    }

    /// <summary>"X announced $10 million ($13 million) in March", "X released €6 million last month": the month phrase right
    /// after the amount (or after its conversion in brackets) dates the past act of the clause before the amount. A past act
    /// is read in lower case only here, so a name ending in "-ed" ("United") is none.</summary>
    private bool MonthAfterAmount(AnalysisDocument doc, Span scope, Span amount)
    {
        var tokens = doc.Tokens;
        var next = tokens.FirstStartingFrom(amount.End);
        if (tokens.IsMark(next, '('))
        {
            while (next < tokens.Count && tokens[next].End <= scope.End && !tokens.IsMark(next, ')')) next++;
            next++;
        }
        if (next + 1 >= tokens.Count || tokens[next + 1].End > scope.End) return false;
        var dated = tokens.IsExactly(next, "last") && tokens.IsExactly(next + 1, "month")
            || doc.ReferenceDate is { } published && tokens.IsExactly(next, "in") && tokens[next + 1].Shape == TokenShape.Capitalized
               && MonthNumber(tokens, next + 1) is var month and > 0 && month < published.Month && !YearFollows(tokens, next + 1, scope);
        return dated && GoverningPastAct(tokens, scope, amount);
    }

    /// <summary>Whether the verb governing the amount is a past act: the nearest one before the amount in its own clause, with
    /// no mark, relative word or future/modal ("which", "will", "to") between, so "X, which pledged aid, will disburse $X in
    /// March" dates nothing.</summary>
    private bool GoverningPastAct(TokenLayer tokens, Span scope, Span amount)
    {
        for (var i = tokens.LastEndingBy(amount.Start); i >= 0 && tokens[i].Start >= scope.Start; i--)
        {
            if (tokens.TextOf(i).ContainsAny(ClauseMarks) || tokens.IsAny(i, _gapWords)) return false;
            if (tokens.IsLetters(i, lowerOnly: true) && IsPastAct(tokens, i)) return true;
        }
        return false;
    }

    /// <summary>Whether a past act stands right before token <paramref name="word"/>, or one letter word before it.</summary>
    private bool PastActRightBefore(TokenLayer tokens, int word, Span scope)
    {
        var previous = tokens.WordRightBefore(tokens[word].Start, scope.Start, WordSpacing.OneWhitespace);
        if (IsPastAct(tokens, previous)) return true;
        return tokens.IsLetters(previous)
            && IsPastAct(tokens, tokens.WordRightBefore(tokens[previous].Start, scope.Start, WordSpacing.OneWhitespace));
    }

    /// <summary>"March 2024", "March 5, 2024", "March, 2024": a year after the month dates it in a year of its own.</summary>
    private static bool YearFollows(TokenLayer tokens, int month, Span scope)
    {
        var end = tokens[month].End;
        if (tokens.IsMark(month + 1, ',') && tokens[month + 1].Start == end) end = tokens[month + 1].End;
        var next = tokens.TokenRightAfter(end, scope.End, WordSpacing.OneWhitespace);
        if (next >= 0 && tokens[next].Shape == TokenShape.Digits && tokens[next].Length <= 2)
        {
            end = tokens[next].End;
            if (tokens.IsMark(next + 1, ',') && tokens[next + 1].Start == end) end = tokens[next + 1].End;
            next = tokens.TokenRightAfter(end, scope.End, WordSpacing.OneWhitespace);
        }
        if (next < 0 || tokens[next].Length < 4) return false;
        var year = tokens.TextOf(next)[..4];
        return (year.StartsWith("19") || year.StartsWith("20")) && !year[2..].ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>A letter word ending in "-ed" ("approved") or an irregular past form ("gave") of past-act-verb.</summary>
    private bool IsPastAct(TokenLayer tokens, int i) =>
        tokens.IsLetters(i) && (tokens.EndsInEd(i, minLength: 3) || tokens.IsLetters(i, lowerOnly: true) && tokens.IsAny(i, _pastForms));

    /// <summary>The number of the month token <paramref name="i"/> names in full, or 0.</summary>
    private int MonthNumber(TokenLayer tokens, int i)
    {
        var months = lexicon.Months.Entries;
        for (var m = 0; m < months.Count; m++)
            if (tokens.IsExactly(i, months[m].Name)) return m + 1;
        return 0;
    }
}
