using System.Globalization;
using AidAnalysis.Frames;
using AidAnalysis.Lexicons;
using AidAnalysis.Text.Tokens;

namespace AidAnalysis.Context;

/// <summary>"3 March 2021", "Sept. 3, 2021", "2021-03-03": the first date printed near the top of the text, read on the
/// token layer for the document context. The month is a capitalised word of letters the lexicon lists (months.tsv);
/// the parts stand one whitespace character apart.</summary>
internal static class DocumentContextDateline
{
    /// <summary>How far into the text a dateline's date may stand.</summary>
    public const int Reach = 400;

    /// <summary>The first date within <see cref="Reach"/> characters, if it is a valid one. A day and year around a
    /// capitalised word that is no month are passed over for a later date; the first date that names a month decides.</summary>
    public static DateOnly? Read(TokenLayer tokens, Lexicon lexicon)
    {
        for (var i = 0; i < tokens.Count && tokens[i].End <= Reach; i++)
        {
            if (!StartsWord(tokens, i)) continue;
            if ((DayMonthYear(tokens, i) ?? MonthDayYear(tokens, i)) is { } named)
            {
                if (lexicon.Months.NumberOf(tokens.TextOf(named.Month)) is var month and not 0) return Valid(tokens, named.Day, month, named.Year);
                continue;
            }
            if (IsoDate(tokens, i) is { } iso)
                return Valid(tokens, iso.Day, int.Parse(tokens.TextOf(iso.Month), CultureInfo.InvariantCulture), iso.Year);
        }
        return null;
    }

    /// <summary>"3 March 2021", "3 Sept., 2021": the day, month and year tokens.</summary>
    private static (int Day, int Month, int Year)? DayMonthYear(TokenLayer tokens, int i)
    {
        if (!IsDigits(tokens, i, 1, 2) || !Apart(tokens, i, i + 1) || !IsMonthWord(tokens, i + 1)) return null;
        var year = AfterMarks(tokens, i + 1, '.', ',');
        return Apart(tokens, year - 1, year) && IsYear(tokens, year) ? (i, i + 1, year) : null;
    }

    /// <summary>"March 3, 2021", "Sept. 3 2021": day, month and year tokens.</summary>
    private static (int Day, int Month, int Year)? MonthDayYear(TokenLayer tokens, int i)
    {
        if (!IsMonthWord(tokens, i)) return null;
        var day = AfterMarks(tokens, i, '.', '\0');
        if (!Apart(tokens, day - 1, day) || !IsDigits(tokens, day, 1, 2)) return null;
        var year = AfterMarks(tokens, day, ',', '\0');
        return Apart(tokens, year - 1, year) && IsYear(tokens, year) ? (day, i, year) : null;
    }

    /// <summary>"2021-03-03", written without spaces: day, month and year tokens.</summary>
    private static (int Day, int Month, int Year)? IsoDate(TokenLayer tokens, int i) =>
        IsYear(tokens, i) && Glued(tokens, i, '-') && IsDigits(tokens, i + 2, 2, 2) && tokens[i + 2].Start == tokens[i + 1].End
        && Glued(tokens, i + 2, '-') && IsDigits(tokens, i + 4, 2, 2) && tokens[i + 4].Start == tokens[i + 3].End
            ? (i + 4, i + 2, i) : null;

    private static DateOnly? Valid(TokenLayer tokens, int day, int month, int year)
    {
        var y = int.Parse(tokens.TextOf(year), CultureInfo.InvariantCulture);
        var d = int.Parse(tokens.TextOf(day), CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, d) : null;
    }

    /// <summary>The token after <paramref name="i"/> and the marks <paramref name="first"/> then <paramref name="second"/>
    /// written onto it, each optional.</summary>
    private static int AfterMarks(TokenLayer tokens, int i, char first, char second)
    {
        if (Glued(tokens, i, first)) i++;
        if (second != '\0' && Glued(tokens, i, second)) i++;
        return i + 1;
    }

    /// <summary>Token <paramref name="i"/> + 1 is the mark <paramref name="mark"/> written right onto token <paramref name="i"/>.</summary>
    private static bool Glued(TokenLayer tokens, int i, char mark) =>
        tokens.IsMark(i + 1, mark) && tokens[i + 1].Start == tokens[i].End && tokens[i + 1].End <= Reach;

    /// <summary>Tokens <paramref name="left"/> and <paramref name="right"/> stand one whitespace character apart, inside the reach.</summary>
    private static bool Apart(TokenLayer tokens, int left, int right) =>
        left >= 0 && right < tokens.Count && tokens[right].End <= Reach && tokens[right].Start == tokens[left].End + 1;

    /// <summary>ASCII digits only, as the date is parsed invariantly (a token of other digits, "٣", is no day).</summary>
    private static bool IsDigits(TokenLayer tokens, int i, int min, int max) =>
        i < tokens.Count && tokens[i].End <= Reach && tokens[i].Shape == TokenShape.Digits && tokens[i].Length >= min && tokens[i].Length <= max
        && !tokens.TextOf(i).ContainsAnyExceptInRange('0', '9');

    private static bool IsYear(TokenLayer tokens, int i) => YearRange.IsYear(tokens, i) && tokens[i].End <= Reach;

    private static bool IsMonthWord(TokenLayer tokens, int i) =>
        i < tokens.Count && tokens[i].End <= Reach && tokens.IsLetters(i) && char.IsUpper(tokens.TextOf(i)[0]);

    /// <summary>No letter, digit, connector or combining mark is written onto token <paramref name="i"/> before it.</summary>
    private static bool StartsWord(TokenLayer tokens, int i) =>
        i == 0 || tokens[i - 1].End != tokens[i].Start
        || !tokens[i - 1].IsWordLike && CharUnicodeInfo.GetUnicodeCategory(tokens.Text, tokens[i - 1].End - 1)
            is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation);
}
